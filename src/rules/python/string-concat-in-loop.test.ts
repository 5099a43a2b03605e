import { testRule } from "../rule-tester.js";
import rule from "./string-concat-in-loop.js";

testRule(rule, {
  valid: [
    {
      name: "join",
      code: `def render(rows):\n    parts = []\n    for r in rows:\n        parts.append(str(r))\n    return "".join(parts)\n`,
    },
    {
      name: "numeric accumulator",
      code: `def total(rows):\n    s = 0\n    for r in rows:\n        s += r.amount\n    return s\n`,
    },
  ],
  invalid: [
    {
      name: "html built in a loop",
      code: `def render(rows):\n    html = ""\n    for r in rows:\n        html += "<tr><td>" + r.name + "</td></tr>"\n    return html\n`,
      lines: [4],
    },
  ],
});
