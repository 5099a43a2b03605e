import { defineRule } from "../define-rule.js";
import { lineHasAfter } from "../shared/line-search.js";
import { candidates, nodeQuery } from "./dataflow/hub.js";

// Files with `assert (` and a comma after it on the same line (lineHasAfter reads each line once).
const QUERY = nodeQuery(["assert_statement"], "^assert\\s*\\(", (text) =>
  lineHasAfter(text, /\bassert\s*\(/, /,/g),
);

export default defineRule(
  {
    id: "py/assert-on-tuple",
    languages: ["python"],
    category: "logic",
    severity: "high",
    confidence: 0.95,
    cwe: ["CWE-571", "CWE-617"],
    title: "assert on a tuple is always true",
    description: 'assert is given a parenthesised tuple, such as assert (x > 0, "message").',
    why: "A non-empty tuple is always true, so the assertion never fails: the check the author wrote does not exist.",
    howToFix: 'Remove the parentheses: assert x > 0, "message".',
    references: ["https://docs.python.org/3/reference/simple_stmts.html#the-assert-statement"],
    fixable: false,
    family: "assert-on-tuple",
  },
  (ctx) => {
    for (const node of candidates(ctx, QUERY)) {
      if (node.kind() !== "assert_statement") continue;
      const test = node.children()[1];
      if (test?.kind() !== "tuple" || test.children().filter((c) => c.isNamed()).length === 0) continue;
      ctx.report({
        node,
        message: `\`${node.text().split("\n")[0] ?? ""}\` asserts a tuple, which is always true; the assertion can never fail.`,
      });
    }
  },
);
