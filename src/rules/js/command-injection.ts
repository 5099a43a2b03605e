import { codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule, type RuleContext } from "../define-rule.js";
import type { TaintEngine } from "./dataflow/engine.js";
import { jsExecFile } from "../fix/js-exec.js";
import type { SgNode } from "@ast-grep/napi";
import { callArguments, dottedPath, lastSegment, stringValue, unwrap } from "./dataflow/ast.js";
import { checkSinkValues, findCalls, findCallsByWalk, flowOf, isBuiltString } from "./dataflow/flow.js";
import { JS_FAMILY } from "../../core/language.js";

const meta = {
  id: "js/command-injection",
  languages: JS_FAMILY,
  category: "security",
  severity: "critical",
  confidence: 0.9,
  cwe: ["CWE-78", "CWE-77", "CWE-74"],
  owasp: "A03:2021-Injection",
  title: "OS command built from untrusted data",
  description:
    "A shell command passed to child_process (exec, execSync, or spawn with shell: true) is built from data the caller controls.",
  why: "The shell interprets metacharacters such as ; | $() and backticks, so an attacker can append their own commands and run them with the server's privileges.",
  howToFix:
    "Call execFile or spawn without a shell and pass user data as separate arguments (spawn('git', ['log', branch])); validate the value against an allow-list when it selects a command.",
  references: [
    "https://cwe.mitre.org/data/definitions/78.html",
    "https://owasp.org/www-community/attacks/Command_Injection",
    "https://nodejs.org/api/child_process.html#spawning-shell-scripts",
  ],
  fixable: true,
  family: "command-injection",
  operatorFlows: "note",
} as const;

/** Callee names that always run a shell. */
const SHELL_CALLS = new Set(["exec", "execSync"]);
/** Callee names that run a shell only with `{ shell: true }`. */
const SPAWN_CALLS = new Set(["spawn", "spawnSync", "execFile", "execFileSync"]);

/** A shell program named as the command: `sh`, `/bin/bash`, `zsh`, `cmd.exe`. */
const SHELL_PROGRAM = /^(?:\/(?:usr\/)?bin\/)?(?:ba|da|z|k)?sh$|^cmd(?:\.exe)?$/;
/** The flag that makes the next argument a command line for the shell: `-c`, `-lc`, Windows `/c`. */
const SHELL_COMMAND_FLAG = /^(?:-l?c|\/[cC])$/;

/**
 * `spawn("sh", ["-c", line])`: the shell is started by name instead of with
 * `{ shell: true }`, and the argument after the flag is a whole command line.
 */
function runsShellByName(args: readonly SgNode[]): SgNode | undefined {
  const program = stringValue(args[0]);
  const list = args[1] ? unwrap(args[1]) : undefined;
  if (program === undefined || !SHELL_PROGRAM.test(program) || list?.kind() !== "array") return undefined;
  const items = list.namedChildren().filter((c) => c.kind() !== "comment");
  const flag = items.findIndex((item) => SHELL_COMMAND_FLAG.test(stringValue(item) ?? ""));
  return flag < 0 ? undefined : items[flag + 1];
}

/** `const run = promisify(exec)`: names that call a child_process function, by what they call. */
function promisifiedAliases(text: string): Map<string, string> {
  const aliases = new Map<string, string>();
  if (!text.includes("promisify")) return aliases;
  const re =
    /\b(?:const|let|var)\s+([\w$]+)\s*=\s*(?:util\.)?promisify\(\s*(?:[\w$]+\.)?(exec|execFile)\s*\)/g;
  for (const m of text.matchAll(re)) {
    if (m[1] !== undefined && m[2] !== undefined && /^[\w]+$/.test(m[1])) aliases.set(m[1], m[2]);
  }
  return aliases;
}

/**
 * execa runs its command without a shell unless told `{ shell: true }`;
 * with it, `execa(cmd, …)`, `execa.command(cmd, …)` and `execaCommand(cmd, …)`
 * hand the whole string to /bin/sh.
 */
function reportExeca(ctx: RuleContext, engine: TaintEngine): void {
  for (const call of findCallsByWalk(
    ctx,
    "^(execa(Sync)?|execa\\.(command|commandSync|sync)|execaCommand(Sync)?)$",
  )) {
    const args = callArguments(call);
    if (!args.some((a) => /\bshell\s*:\s*(true|['"`])/.test(a.text())) || !args[0]) continue;
    const path = dottedPath(call.field("function") ?? call) ?? "execa";
    checkSinkValues(ctx, engine, meta, call, args.slice(0, 2), {
      kind: "command",
      sink: `${path}() with shell: true`,
    });
  }
}

export default defineRule(
  meta,
  (ctx) => {
    const root = codeRoot(ctx);
    const { text } = ctx;
    if (!root || !/child_process|shelljs|execa/.test(text)) return;
    const engine = flowOf(ctx);
    if (!engine) return;
    const calls = findCalls(ctx, /(^|\.)(exec|execSync|spawn|spawnSync|execFile|execFileSync)$/);
    if (/execa/.test(text)) reportExeca(ctx, engine);
    const aliases = promisifiedAliases(text);
    if (aliases.size > 0) calls.push(...findCallsByWalk(ctx, `^(${[...aliases.keys()].join("|")})$`));
    for (const call of calls) {
      const callee = call.field("function");
      const path = callee ? dottedPath(callee) : undefined;
      if (path === undefined) continue;
      // `regex.exec(s)` and friends: only plain names or a child_process/shelljs module object.
      if (path.includes(".") && !/^(child_process|cp|childProcess|proc|shell|shelljs)\./.test(path)) continue;
      const name = aliases.get(path) ?? lastSegment(path);
      const args = callArguments(call);
      const command = args[0];
      if (!command) continue;
      if (SHELL_CALLS.has(name)) {
        checkSinkValues(ctx, engine, meta, call, [command], {
          kind: "command",
          sink: `${path}()`,
          reportUnknown: isBuiltString(unwrap(command)),
        });
      } else if (SPAWN_CALLS.has(name) && runsShellByName(args)) {
        const line = runsShellByName(args);
        checkSinkValues(ctx, engine, meta, call, line ? [line] : [], {
          kind: "command",
          sink: `${path}() running ${stringValue(args[0]) ?? "a shell"} -c`,
          reportUnknown: line !== undefined && isBuiltString(unwrap(line)),
        });
      } else if (SPAWN_CALLS.has(name) && args.some((a) => /\bshell\s*:\s*(true|['"`])/.test(a.text()))) {
        checkSinkValues(ctx, engine, meta, call, args.slice(0, 2), {
          kind: "command",
          sink: `${path}() with shell: true`,
        });
      }
    }
  },
  jsExecFile,
);
