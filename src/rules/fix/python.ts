import type { SgNode } from "@ast-grep/napi";
import { argumentNodes, asKind, keywordArguments, pythonImport, replace } from "./edits.js";
import type { Fix } from "../../core/fix.js";
import type { FixContext, RuleMatch } from "../define-rule.js";
import { predictableInput, statementOf } from "../shared/predictable.js";
import { commandWords } from "./python-argv.js";

const FALSE = /^False$/;

/** requests' verify=False → verify=True; ssl._create_unverified_context → ssl.create_default_context. */
export function pyTlsVerification({ node }: RuleMatch): Fix | undefined {
  const keyword = asKind(node, ["keyword_argument"]);
  const value = keyword?.field("value");
  if (keyword?.field("name")?.text() === "verify" && value && FALSE.test(value.text())) {
    // Connections to hosts with self-signed certificates will now fail: a person confirms.
    return {
      description: "Verify TLS certificates (verify=True)",
      applicability: "suggested",
      edits: [replace(value, "True")],
    };
  }
  const attribute = asKind(node, ["attribute"]);
  if (attribute?.text() === "ssl._create_unverified_context") {
    return {
      description: "Use ssl.create_default_context, which verifies certificates and host names",
      applicability: "suggested",
      edits: [replace(attribute, "ssl.create_default_context")],
    };
  }
  return undefined;
}

/** app.run(debug=True) → debug=False. */
export function pyDebugMode({ node }: RuleMatch): Fix | undefined {
  const call = asKind(node, ["call"]);
  const debug = call && keywordArguments(call).get("debug");
  if (debug?.text() !== "True") return undefined;
  return {
    description: "Turn the debugger off (debug=False)",
    applicability: "suggested",
    edits: [replace(debug, "False")],
  };
}

const WEAK_PY = /^(hashlib\.)(md5|sha1)$/;

/** hashlib.md5(x) / hashlib.sha1(x) → hashlib.sha256(x); not safe: a protocol may require the old digest. */
export function pyWeakHash({ node }: RuleMatch): Fix | undefined {
  const call = asKind(node, ["call"]);
  const fn = call?.field("function");
  const match = fn && WEAK_PY.exec(fn.text());
  if (!call || !fn || !match) return undefined;
  const keywords = keywordArguments(call);
  if (keywords.has("usedforsecurity")) return undefined;
  // A token hashed from the clock or an identity stays guessable with any hash: its fix is a random source.
  if (predictableInput(statementOf(call).text())) return undefined;
  return {
    description: `Use SHA-256 instead of ${match[2]!.toUpperCase()}`,
    applicability: "suggested",
    edits: [replace(fn, `${match[1]!}sha256`)],
  };
}

const LITERAL_KINDS = new Set(["list", "dictionary", "set"]);
const CONSTRUCTOR = /^(?:list|dict|set)\(\)$/;

/**
 * def f(items=[]) → def f(items=None) with `if items is None: items = []` as
 * the body's first statement (after a docstring). Only for literal and empty
 * constructor defaults, whose fresh copy is written the same way.
 */
export function pyMutableDefault({ node }: RuleMatch, { lines }: FixContext): Fix | undefined {
  const parameter = asKind(node, ["default_parameter", "typed_default_parameter"]);
  const name = parameter?.field("name")?.text();
  const value = parameter?.field("value");
  if (!parameter || !name || !value) return undefined;
  if (!LITERAL_KINDS.has(String(value.kind())) && !CONSTRUCTOR.test(value.text())) return undefined;
  // A call default on the same line (defaultdict(list)) has no fix and would keep the line reported: the ladder could not prove this one.
  const line = parameter.range().start.line;
  const unfixable = parameter
    .parent()
    ?.children()
    .some((p) => {
      const v = p.id() === parameter.id() ? undefined : p.field("value");
      return v?.kind() === "call" && !CONSTRUCTOR.test(v.text()) && v.range().start.line === line;
    });
  if (unfixable) return undefined;
  const fn = parameter.parent()?.parent();
  const body = fn?.kind() === "function_definition" ? fn.field("body") : undefined;
  const statements = body?.children().filter((c) => c.isNamed() && c.kind() !== "comment") ?? [];
  const first = statements[0];
  if (!body || !first) return undefined;
  const docstring = first.kind() === "expression_statement" && first.children()[0]?.kind() === "string";
  const anchor = docstring ? statements[1] : first;
  const indent = " ".repeat(first.range().start.column);
  const copy = value.text();
  const guard = `if ${name} is None:\n${indent}    ${name} = ${copy}\n${indent}`;
  const at = anchor
    ? { line: anchor.range().start.line + 1, column: anchor.range().start.column + 1 }
    : { line: first.range().end.line + 1, column: lines.line(first.range().end.line + 1).length + 1 };
  const text = anchor ? guard : `\n${indent}${guard.trimEnd()}`;
  return {
    description: `Default ${name} to None and create a new ${copy} on each call`,
    // Callers that relied on the shared object (a deliberate cache) would change behaviour.
    applicability: "suggested",
    edits: [replace(value, "None"), { range: { start: at, end: at }, text }],
  };
}

/** set_cookie(..., secure=False) → secure=True, and the missing secure / httponly flags added. */
export function pyInsecureCookie({ node }: RuleMatch): Fix | undefined {
  const call = asKind(node, ["call"]);
  const args = call?.field("arguments");
  if (!call || !args || !/(?:^|\.)set_cookie$/.test(call.field("function")?.text() ?? "")) return undefined;
  const keywords = keywordArguments(call);
  const edits = [];
  const added: string[] = [];
  for (const flag of ["secure", "httponly"]) {
    const value = keywords.get(flag);
    if (value === undefined) added.push(`${flag}=True`);
    else if (value.text() === "False") edits.push(replace(value, "True"));
    else if (value.text() !== "True") return undefined;
  }
  if (added.length > 0) {
    const close = args.children().at(-1);
    if (close?.text() !== ")") return undefined;
    const inner = args.children().filter((c) => c.isNamed());
    const trailingComma = args.children().at(-2)?.text() === ",";
    const at = { line: close.range().start.line + 1, column: close.range().start.column + 1 };
    const sep = inner.length === 0 || trailingComma ? "" : ", ";
    edits.push({ range: { start: at, end: at }, text: `${sep}${added.join(", ")}` });
  }
  if (edits.length === 0) return undefined;
  // Over plain HTTP a Secure cookie is not sent back, which can break a development setup.
  return {
    description: "Send the cookie only over HTTPS and hide it from scripts",
    applicability: "suggested",
    edits,
  };
}

const SUBPROCESS = /^subprocess\.(?:run|call|check_call|check_output|Popen)$/;
const ASYNC_SHELL = /^asyncio\.create_subprocess_shell$/;

/**
 * subprocess.run("ls -l " + name, shell=True) → subprocess.run(["ls", "-l", name]),
 * and asyncio.create_subprocess_shell(f"dig {d}") → asyncio.create_subprocess_exec("dig", d):
 * only when the command's written words are static (python-argv.ts), so no
 * shell is needed at all.
 */
export function pyShellCommand(match: RuleMatch, context: FixContext): Fix | undefined {
  const call = asKind(match.node, ["call"]);
  const args = call?.field("arguments");
  if (call?.field("function")?.text() === "os.system") return osSystem(call, context);
  if (call && ASYNC_SHELL.test(call.field("function")?.text() ?? "")) return asyncShell(call);
  if (!call || !args || !SUBPROCESS.test(call.field("function")?.text() ?? "")) return undefined;
  const shell = args
    .children()
    .find((c) => c.kind() === "keyword_argument" && c.field("name")?.text() === "shell");
  const command = args
    .children()
    .find((c) => c.isNamed() && c.kind() !== "keyword_argument" && c.kind() !== "comment");
  if (!shell || shell.field("value")?.text() !== "True" || !command) return undefined;
  const words = commandWords(command);
  if (!words) return undefined;
  const list = `[${words.join(", ")}]`;
  const siblings = args.children();
  const comma = siblings[siblings.findIndex((c) => c.id() === shell.id()) - 1];
  if (comma?.text() !== ",") return undefined;
  const start = comma.range().start;
  const end = shell.range().end;
  return {
    description: "Pass the command as an argument list, without a shell",
    // The data is now one argument: a caller relying on the shell splitting it into several would change behaviour.
    applicability: "suggested",
    edits: [
      replace(command, list),
      {
        range: {
          start: { line: start.line + 1, column: start.column + 1 },
          end: { line: end.line + 1, column: end.column + 1 },
        },
        text: "",
      },
    ],
  };
}

/** asyncio.create_subprocess_shell(cmd, ...) → asyncio.create_subprocess_exec(*words, ...): the same keywords, no shell. */
function asyncShell(call: SgNode): Fix | undefined {
  const fn = call.field("function");
  const command = argumentNodes(call)[0];
  const words = command && command.kind() !== "keyword_argument" ? commandWords(command) : undefined;
  if (!fn || !command || !words) return undefined;
  return {
    description: "Run the program with create_subprocess_exec and its arguments, without a shell",
    // Each value is now one argument: a caller relying on the shell splitting it would change behaviour.
    applicability: "suggested",
    edits: [replace(fn, "asyncio.create_subprocess_exec"), replace(command, words.join(", "))],
  };
}

/**
 * os.system("ping -c 1 " + host) as a statement → subprocess.call(["ping",
 * "-c", "1", host]), with `import subprocess` added when missing. Only where
 * the exit status is not used (os.system's is a wait status, call's an exit code).
 */
function osSystem(call: SgNode, { root, text }: FixContext): Fix | undefined {
  const args = argumentNodes(call);
  const words = args.length === 1 ? commandWords(args[0]!) : undefined;
  if (!words || call.parent()?.kind() !== "expression_statement") return undefined;
  const list = `[${words.join(", ")}]`;
  const edits = [replace(call, `subprocess.call(${list})`)];
  if (!/^import subprocess\b/m.test(text)) {
    const added = pythonImport(root, "subprocess");
    if (!added) return undefined;
    edits.push(added);
  }
  return {
    description: "Run the program with subprocess and an argument list, without a shell",
    // The data is now one argument: a caller relying on the shell splitting it into several would change behaviour.
    applicability: "suggested",
    edits,
  };
}
