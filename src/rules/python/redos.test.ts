import { testRule } from "../rule-tester.js";
import rule from "./redos.js";

testRule(rule, {
  valid: [
    {
      name: "simple patterns",
      code: `import re\nEMAIL = re.compile(r"^[\\w.+-]+@[\\w-]+\\.[\\w.]+$")\nre.match(r"(ab)+c", s)\nre.search("a{1,3}(b|c)?", t)\n`,
    },
    {
      name: "user text escaped",
      code: `import re\nfrom flask import request\n\n@app.route("/find")\ndef find():\n    term = re.escape(request.args["q"])\n    return str(re.findall(term, DOC))\n`,
    },
    {
      name: "repeated groups split by a character nothing else in them matches",
      code: `import re\nTAGS = re.compile(r"^#\\w+(,#\\w+)*$")\nPAIRS = re.compile(r"^(\\w+:[^\\s,]+ )*\\w+:[^\\s,]+$")\nWORDS = re.compile(r"^[A-Za-z]+( [A-Za-z]+)*$")\n`,
    },
  ],
  invalid: [
    {
      name: "nested quantifiers",
      code: `import re\nVALID = re.compile(r"^(a+)+$")\nre.match("(.*)*x", s)\nre.fullmatch(r"(\\w+\\s?)*$", name)\n`,
      lines: [2, 3, 4],
    },
    {
      name: "repeated groups whose separator another part can also match",
      code: `import re\nPAIRS = re.compile(r"^(\\w+\\s*:\\s*\\S+\\s*)+$")\nWORDS = re.compile(r"^([A-Za-z]+ ?)+$")\n`,
      lines: [2, 3],
    },
    {
      name: "pattern from the request",
      code: `import re\nfrom flask import request\n\n@app.route("/grep")\ndef grep():\n    pattern = request.args.get("re")\n    return str(re.search(pattern, LOG))\n`,
      lines: [7],
    },
  ],
});
