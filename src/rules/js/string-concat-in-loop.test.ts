import { testRule } from "../rule-tester.js";
import rule from "./string-concat-in-loop.js";

testRule(rule, {
  valid: [
    {
      name: "parts joined once",
      code: `function toCsv(rows) {
  const lines = [];
  for (const row of rows) lines.push(row.map(escapeCell).join(","));
  return lines.join("\\n");
}`,
    },
    {
      name: "numeric accumulator",
      code: `let total = 0;
for (const item of cart) {
  total += item.price * item.qty;
}`,
    },
  ],
  invalid: [
    {
      name: "HTML report built in a loop",
      code: `function renderReport(rows) {
  let html = "<table>";
  for (const row of rows) {
    html += "<tr><td>" + escapeHtml(row.name) + "</td></tr>";
  }
  return html + "</table>";
}`,
      lines: [4],
    },
    {
      name: "CSV export with a classic for",
      code: `export function exportCsv(users: User[]): string {
  let out = "";
  for (let i = 0; i < users.length; i++) {
    out += \`\${users[i].id},\${users[i].email}\\n\`;
  }
  return out;
}`,
      lines: [4],
      language: "typescript",
    },
  ],
});
