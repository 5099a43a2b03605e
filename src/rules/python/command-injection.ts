import type { SgNode } from "@ast-grep/napi";
import { defineRule } from "../define-rule.js";
import { pyShellCommand } from "../fix/python.js";
import { codeChildren } from "./dataflow/call-arguments.js";
import { hubOf } from "./dataflow/hub.js";
import { lineHasAfter } from "../shared/line-search.js";
import { argTaint, callSpec, findCalls, flowOf, reportFlow, verdictFor } from "./dataflow/sinks.js";

const WHY =
  "A shell parses the whole string, so characters such as ;, |, $() or backticks in the input run commands of the attacker's choosing with this process's rights.";

/** Functions that always hand their first argument to a shell. */
const SHELL_FUNCTIONS = [
  "os.system",
  "os.popen",
  "os.popen2",
  "os.popen3",
  "os.popen4",
  "popen2.popen2",
  "popen2.popen3",
  "popen2.popen4",
  "commands.getoutput",
  "commands.getstatusoutput",
  "subprocess.getoutput",
  "subprocess.getstatusoutput",
  "asyncio.create_subprocess_shell",
];
/** Functions that use a shell only when called with `shell=True`. */
const SUBPROCESS = [
  "subprocess.call",
  "subprocess.run",
  "subprocess.Popen",
  "subprocess.check_call",
  "subprocess.check_output",
];
const SHELLS = /^["'](?:\/bin\/|\/usr\/bin\/)?(?:sh|bash|zsh|dash|ksh|cmd(?:\.exe)?|powershell)["']$/;

const CALLS = callSpec({
  // `import … system` on one line is looked for by lineHasAfter, which reads each line once.
  hint: (text) =>
    /subprocess|\bos\.(?:system|popen)|\bpopen|\bcommands\b|getoutput|getstatusoutput|create_subprocess_shell/.test(
      text,
    ) || lineHasAfter(text, /import/, /\bsystem\b/g),
  functions: [...SHELL_FUNCTIONS, ...SUBPROCESS],
});

export default defineRule(
  {
    id: "py/command-injection",
    languages: ["python"],
    category: "security",
    severity: "critical",
    confidence: 0.9,
    cwe: ["CWE-78", "CWE-77", "CWE-74"],
    owasp: "A03:2021-Injection",
    title: "Shell command built from untrusted input",
    description:
      "A shell command (os.system, os.popen, subprocess with shell=True, sh -c) is built from data that can come from outside the program; also a single subprocess command string built from such data, which Windows parses as a command line.",
    why: WHY,
    howToFix:
      "Pass the program and its arguments as a list to subprocess.run without shell=True, so no shell parses them. If a shell is unavoidable, quote every untrusted piece with shlex.quote, or check it against an allow-list first.",
    references: [
      "https://cwe.mitre.org/data/definitions/78.html",
      "https://owasp.org/Top10/A03_2021-Injection/",
      "https://docs.python.org/3/library/subprocess.html#security-considerations",
    ],
    fixable: true,
    family: "command-injection",
    operatorFlows: "note",
  },
  (ctx) => {
    const calls = findCalls(ctx, CALLS);
    if (calls.length === 0) return;
    const flow = flowOf(ctx);
    for (const call of calls) {
      const first = call.args[0] ?? call.kwargs.get("args") ?? call.kwargs.get("cmd");
      if (first === undefined) continue;
      if (SUBPROCESS.includes(call.callee)) {
        const shell = call.kwargs.get("shell");
        const viaShell = shell !== undefined && !/^(?:False|None|0)$/.test(shell.text());
        if (viaShell) {
          const verdict = verdictFor(flow, argTaint(flow, call.node, 0, "args"), "shell");
          if (verdict)
            reportFlow(
              ctx,
              call.node,
              verdict,
              `${call.callee}(..., shell=True) runs a command built from`,
              WHY,
            );
          continue;
        }
        const argv = argvList(first, call.node, hubOf(ctx).definitions());
        if (argv === undefined) {
          // A single string without a shell: POSIX runs it as one program name, but Windows
          // parses it as a command line, so input built into it can add arguments (CWE-88).
          const verdict = verdictFor(flow, argTaint(flow, call.node, 0, "args"), "shell", {
            built: 0.3,
            direct: 0.3,
          });
          if (verdict?.fromSource === true && verdict.origin.built) {
            reportFlow(
              ctx,
              call.node,
              { ...verdict, confidence: Math.min(verdict.confidence, 0.6) },
              `${call.callee}() gets one command string (parsed as a command line on Windows) built from`,
              WHY,
              { extraCwe: ["CWE-88"] },
            );
          }
          continue;
        }
        // ["sh", "-c", command]: the shell is explicit.
        if (argv === "list") continue;
        const items = codeChildren(argv);
        const script = items[2];
        if (
          !SHELLS.test(items[0]?.text() ?? "") ||
          !/^["'][-/]c["']$/.test(items[1]?.text() ?? "") ||
          !script
        )
          continue;
        // The list's taint stands for the script's: the other items are the constants just checked.
        const verdict = verdictFor(flow, argTaint(flow, call.node, 0, "args"), "shell");
        if (verdict)
          reportFlow(
            ctx,
            call.node,
            verdict,
            `${call.callee} runs "${items[0]?.text() ?? ""} -c" with a script built from`,
            WHY,
          );
        continue;
      }
      const verdict = verdictFor(flow, argTaint(flow, call.node, 0, "cmd"), "shell");
      if (verdict)
        reportFlow(ctx, call.node, verdict, `${call.callee}() runs a shell command built from`, WHY);
    }
  },
  pyShellCommand,
);

/**
 * The argument vector a subprocess call gets, when it is one: a list literal,
 * a local variable every assignment of which is a list literal (the last one
 * before the call is returned), or a call of a helper of this file that only
 * ever returns list literals, directly or through a variable set once from it
 * ("list": its items are not known).
 * Undefined for anything else, such as a string.
 */
function argvList(first: SgNode, call: SgNode, definitions: readonly SgNode[]): SgNode | "list" | undefined {
  if (first.kind() === "list") return first;
  if (first.kind() === "call") return returnsOnlyLists(first, definitions) ? "list" : undefined;
  if (first.kind() !== "identifier") return undefined;
  const name = first.text();
  const scope = call.ancestors().find((a) => a.kind() === "function_definition");
  const body = scope?.field("body");
  if (body === undefined || body === null) return undefined;
  const values: SgNode[] = [];
  for (const assignment of body.findAll({
    rule: { kind: "assignment", has: { field: "left", regex: `^${name}$` } },
  })) {
    const value = assignment.field("right");
    if (value === null || assignment.field("left")?.text() !== name) return undefined;
    values.push(value);
  }
  const before = values.filter((v) => v.range().start.index < call.range().start.index);
  const last = before.at(-1);
  if (last === undefined || values.length !== before.length) return undefined;
  if (values.every((v) => v.kind() === "list")) return last;
  if (values.length === 1 && last.kind() === "call" && returnsOnlyLists(last, definitions)) return "list";
  return undefined;
}

/** `helper(...)` where helper is a def of this file whose every return is a list literal. */
function returnsOnlyLists(call: SgNode, definitions: readonly SgNode[]): boolean {
  const callee = call.field("function");
  if (callee?.kind() !== "identifier") return false;
  const defs = definitions.filter((d) => d.field("name")?.text() === callee.text());
  const [def] = defs;
  if (def === undefined || defs.length !== 1) return false;
  const returns = def.findAll({ rule: { kind: "return_statement" } });
  return (
    returns.length > 0 &&
    returns.every((r) => {
      const value = r.children().find((c) => c.isNamed());
      return value?.kind() === "list";
    })
  );
}
