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
/** Text pre-check: some `a op a` with the same name on both sides. */
function hasSelfComparison(text: string): boolean {
  for (const m of text.matchAll(/\b([A-Za-z_][\w.]*)[ \t]*(?:==|<=|>=|<|>|is(?![ \t]+not))[ \t]*([A-Za-z_][\w.]*)/g)) {
    if (m[1] === m[2]) return true;
  }
  return false;
}

const QUERY = nodeQuery(["comparison_operator"], { kind: "comparison_operator", regex: "^([\\w.]+)\\s*(?:==|is|is\\s+not|<=|>=|<|>)\\s*([\\w.]+)$" }, hasSelfComparison);

export default defineRule(
  {
    id: "py/self-comparison",
    languages: ["python"],
    category: "logic",
    severity: "medium",
    confidence: 0.85,
    cwe: ["CWE-570", "CWE-571"],
    title: "Comparison of a value with itself",
    description: "Both sides of a comparison are the same name or attribute (x == x, a.b is a.b), so its result is fixed.",
    why: "A condition whose result never changes is almost always a typo for another variable (x == y); the branch it guards always or never runs.",
    howToFix: "Compare with the value you meant; to test for NaN, use math.isnan(x).",
    references: ["https://cwe.mitre.org/data/definitions/570.html", "https://cwe.mitre.org/data/definitions/571.html"],
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
      if (!left || !right || outcome === undefined || left.text() !== right.text()) continue;
      const always = outcome.startsWith("always True");
      ctx.report({ node, message: `\`${node.text()}\` compares ${left.text()} with itself: it is ${outcome}.`, extraCwe: [always ? "CWE-571" : "CWE-570"] });
    }
  },
);
