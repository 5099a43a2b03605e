import { defineRule } from "../define-rule.js";
import { candidates, nodeQuery } from "./dataflow/hub.js";

/** Operators whose result is fixed when both sides are the same expression (`!=` is the NaN idiom, so it is left out). */
const FIXED = new Map([
  ["==", "always True (unless it is NaN)"],
  ["is", "always True"],
  ["is not", "always False"],
  ["<", "always False"],
  [">", "always False"],
  ["<=", "always True (unless it is NaN)"],
  [">=", "always True (unless it is NaN)"],
]);
/** Text pre-check: some `a op a` with the same name on both sides, found by scanning for operators. */
function hasSelfComparison(text: string): boolean {
  for (const op of ["==", "<=", ">=", " is ", " < ", " > "]) {
    let at = text.indexOf(op);
    while (at >= 0) {
      const left = tokenBefore(text, at);
      if (left !== "" && !/^[\d.]/.test(left) && left === tokenAfter(text, at + op.length)) return true;
      at = text.indexOf(op, at + op.length);
    }
  }
  return false;
}

function isNameChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 46
  );
}

function tokenBefore(text: string, end: number): string {
  let e = end;
  while (e > 0 && text[e - 1] === " ") e--;
  let s = e;
  while (s > 0 && isNameChar(text.charCodeAt(s - 1))) s--;
  return text.slice(s, e);
}

function tokenAfter(text: string, start: number): string {
  let s = start;
  while (s < text.length && text[s] === " ") s++;
  let e = s;
  while (e < text.length && isNameChar(text.charCodeAt(e))) e++;
  return text.slice(s, e);
}

const QUERY = nodeQuery(
  ["comparison_operator"],
  "^([A-Za-z_][\\w.]*)\\s*(?:==|is|is\\s+not|<=|>=|<|>)\\s*([A-Za-z_][\\w.]*)$",
  hasSelfComparison,
);

export default defineRule(
  {
    id: "py/self-comparison",
    languages: ["python"],
    category: "logic",
    severity: "medium",
    confidence: 0.85,
    cwe: ["CWE-570", "CWE-571"],
    title: "Comparison of a value with itself",
    description:
      "Both sides of a comparison are the same name or attribute (x == x, a.b is a.b), so its result is fixed.",
    why: "A condition whose result never changes is almost always a typo for another variable (x == y); the branch it guards always or never runs.",
    howToFix: "Compare with the value you meant; to test for NaN, use math.isnan(x).",
    references: [
      "https://cwe.mitre.org/data/definitions/570.html",
      "https://cwe.mitre.org/data/definitions/571.html",
    ],
    fixable: false,
    family: "self-comparison",
  },
  (ctx) => {
    for (const node of candidates(ctx, QUERY)) {
      if (node.kind() !== "comparison_operator") continue;
      const children = node.children();
      if (children.length !== 3) continue;
      const [left, op, right] = children;
      const opText = op?.text().replace(/\s+/g, " ") ?? "";
      const outcome = FIXED.get(opText);
      if (
        !left ||
        !right ||
        outcome === undefined ||
        left.text() !== right.text() ||
        /^[\d.]/.test(left.text())
      )
        continue;
      // Tests of __eq__/__lt__ compare an object with itself on purpose.
      if (/\bassert/i.test(ctx.lines.line(node.range().start.line + 1))) continue;
      const always = outcome.startsWith("always True");
      ctx.report({
        node,
        message: `\`${node.text()}\` compares ${left.text()} with itself: it is ${outcome}.`,
        extraCwe: [always ? "CWE-571" : "CWE-570"],
      });
    }
  },
);
