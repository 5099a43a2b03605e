import type { SgNode } from "@ast-grep/napi";
import { defineRule, type RuleContext } from "../define-rule.js";
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

/** `env.from_string(source)`: Jinja compiles the text as a template, whose expressions run in the server. */
const TEMPLATE_CALLS = callSpec({ hint: /from_string/, methods: ["from_string"] });
/** Environments that compile templates with the full power of Python objects (the sandbox is `SandboxedEnvironment`). */
const UNSANDBOXED = new Set(["jinja2.Environment", "jinja2.environment.Environment"]);
const TEMPLATE_WHY =
  "A Jinja template is code: its expressions reach Python objects (`{{ cycler.__init__.__globals__.os.popen('id').read() }}`), so a template written from input runs commands on the server (server-side template injection). Render a fixed template with the input as a variable, or compile user templates in jinja2.sandbox.SandboxedEnvironment.";

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
    for (const call of findCalls(ctx, TEMPLATE_CALLS)) {
      const receiver = call.node.field("function")?.field("object");
      if (!receiver || call.args[0] === undefined || !isUnsandboxed(receiver, ctx)) continue;
      const flow = flowOf(ctx);
      const verdict = verdictFor(flow, argTaint(flow, call.node, 0, "source"), "code", {
        built: 0.45,
        direct: 0.3,
      });
      if (verdict)
        reportFlow(ctx, call.node, verdict, `${call.callee}() compiles a Jinja template from`, TEMPLATE_WHY, {
          extraCwe: ["CWE-1336"],
        });
    }
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

/** `jinja2.Environment(...).from_string`, or a name the module binds to one (`_env = Environment(...)`). */
function isUnsandboxed(receiver: SgNode, ctx: RuleContext): boolean {
  const flow = flowOf(ctx);
  const made = (node: SgNode | null | undefined): boolean =>
    node?.kind() === "call" && UNSANDBOXED.has(flow.canonical(node.field("function")?.text() ?? ""));
  if (made(receiver)) return true;
  if (receiver.kind() !== "identifier" || ctx.root === undefined) return false;
  return ctx.root.children().some((statement) => {
    const assignment = statement.kind() === "expression_statement" ? statement.child(0) : null;
    return (
      assignment?.kind() === "assignment" &&
      assignment.field("left")?.text() === receiver.text() &&
      made(assignment.field("right"))
    );
  });
}
