import { defineRule } from "../define-rule.js";
import { pyLiteralEval } from "../fix/eval.js";
import { argTaint, callSpec, findCalls, flowOf, reportFlow, verdictFor } from "./dataflow/sinks.js";

const WHY =
  "eval, exec and compile run their argument as Python with the full rights of the process: input that reaches them can read files, open shells or change any object in the program.";

const CALLS = callSpec({
  hint: /(?:^|[^\w.])(?:eval|exec|execfile|compile)\s*\(|builtins|ImageMath/m,
  functions: [
    "eval",
    "exec",
    "compile",
    "builtins.eval",
    "builtins.exec",
    "builtins.compile",
    "execfile",
    // Pillow's ImageMath.eval runs its expression through Python's eval (Pillow's docs, CVE-2022-22817;
    // unsafe_eval since Pillow 10.3): only the names it is given are meant to be reachable.
    "PIL.ImageMath.eval",
    "PIL.ImageMath.unsafe_eval",
    "ImageMath.eval",
    "ImageMath.unsafe_eval",
  ],
});

export default defineRule(
  {
    id: "py/code-injection",
    languages: ["python"],
    category: "security",
    severity: "critical",
    confidence: 0.9,
    cwe: ["CWE-94", "CWE-95", "CWE-74"],
    owasp: "A03:2021-Injection",
    title: "Untrusted input evaluated as Python code",
    description:
      "eval(), exec(), compile() or Pillow's ImageMath.eval()/unsafe_eval() is called on a value that can come from outside the program.",
    why: WHY,
    howToFix:
      "Do not evaluate input. To read a literal (number, list, dict) use ast.literal_eval or json.loads; to pick an operation, map allowed names to functions in a dict; for arithmetic, parse with a small grammar instead of eval.",
    references: [
      "https://cwe.mitre.org/data/definitions/95.html",
      "https://cwe.mitre.org/data/definitions/94.html",
      "https://docs.python.org/3/library/ast.html#ast.literal_eval",
    ],
    fixable: true,
    family: "code-injection",
    operatorFlows: "note",
  },
  (ctx) => {
    const calls = findCalls(ctx, CALLS);
    if (calls.length === 0) return;
    const flow = flowOf(ctx);
    for (const call of calls) {
      const code = call.args[0];
      if (code === undefined || (code.kind() === "string" && !code.text().includes("{"))) continue;
      // A value of unknown origin fed straight to eval still deserves a look, but stays below the default threshold.
      const verdict = verdictFor(flow, argTaint(flow, call.node, 0, "source"), "code", {
        built: 0.55,
        direct: 0.45,
      });
      if (verdict)
        reportFlow(ctx, call.node, verdict, `${call.callee}() runs code built from`, WHY, {
          extraCwe: call.callee.endsWith("compile") ? [] : ["CWE-95"],
        });
    }
  },
  pyLiteralEval,
);
