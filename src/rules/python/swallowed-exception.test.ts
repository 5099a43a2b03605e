import { testRule } from "../rule-tester.js";
import rule from "./swallowed-exception.js";

testRule(rule, {
  valid: [
    { name: "specific exception", code: `try:\n    os.remove(path)\nexcept FileNotFoundError:\n    pass\n` },
    {
      name: "broad but logged",
      code: `try:\n    run()\nexcept Exception as exc:\n    log.warning("run failed: %s", exc)\n`,
    },
    { name: "bare except that re-raises", code: `try:\n    run()\nexcept:\n    cleanup()\n    raise\n` },
    {
      // The comment could be split at any of its 60 #s: this took hours before the pattern read each line once.
      name: "a comment line of many #s before real handling",
      code: `try:\n    run()\nexcept:\n    ${"# ".repeat(60)}\n    cleanup()\n`,
    },
  ],
  invalid: [
    {
      name: "bare except pass",
      code: `def load(path):\n    try:\n        return json.load(open(path))\n    except:\n        pass\n`,
      lines: [4],
    },
    {
      name: "except Exception with a comment then continue",
      code: `for item in items:\n    try:\n        handle(item)\n    except Exception as e:\n        # ignore broken items\n        continue\n`,
      lines: [4],
    },
    {
      name: "comments with # inside, a blank line, then pass",
      code: `try:\n    run()\nexcept:\n    # a # b\n\n    # c\n    pass\n`,
      lines: [3],
    },
  ],
});
