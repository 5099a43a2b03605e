import type { SgNode } from "@ast-grep/napi";
import type { Edit, Fix } from "../../core/fix.js";
import type { FixContext, RuleMatch } from "../define-rule.js";
import { nodeRange } from "../run-rules.js";
import { asKind, insert, replace } from "./edits.js";
import { commandArgv } from "./js-argv.js";
import { queryParts } from "./js-sql.js";
import { NOT_AFTER_NAME, NOT_BEFORE_NAME, namePattern } from "../shared/name-pattern.js";

/** `const { exec } = require("child_process")`: the braces' inside, to add execFile beside exec. */
const DESTRUCTURED =
  /\{([^{}]*)\}\s*=\s*require\(\s*["'](?:node:)?child_process["']\s*\)|import\s*\{([^{}]*)\}\s*from\s*["'](?:node:)?child_process["']/;

/**
 * exec("convert " + name) / execSync(`ping -c ${n} ${host}`) →
 * execFile("convert", [name]) / execFileSync("ping", ["-c", n, host]), and
 * spawn(`ping ${host}`, { shell: true }) → spawn("ping", [host]): only when
 * the command's written words are static (js-argv.ts), so no shell is needed
 * at all. A destructured exec gets execFile added to its import.
 */
export function jsExecFile({ node }: RuleMatch, { text, lines }: FixContext): Fix | undefined {
  const call = asKind(node, ["call_expression"]);
  const callee = call?.field("function");
  const name = callee?.kind() === "member_expression" ? callee.field("property") : callee;
  const args =
    call
      ?.field("arguments")
      ?.children()
      .filter((c) => c.isNamed() && c.kind() !== "comment") ?? [];
  const command = args[0];
  if (!call || !callee || !name || !command) return undefined;
  const argv = commandArgv(queryParts(command)?.parts ?? []);
  if (!argv) return undefined;
  const listed = `${argv.file}, [${argv.args.join(", ")}]`;
  if (/^spawn(?:Sync)?$/.test(name.text())) return spawnWithoutShell(command, args[1], args.length, listed);
  if (!/^exec(?:Sync)?$/.test(name.text())) return undefined;
  const target = name.text() === "exec" ? "execFile" : "execFileSync";
  const edits: Edit[] = [replace(name, target), replace(command, listed)];
  if (callee.kind() === "identifier") {
    const imported = DESTRUCTURED.exec(text);
    const inside = imported?.[1] ?? imported?.[2];
    if (
      !imported ||
      inside === undefined ||
      !new RegExp(`${NOT_AFTER_NAME}${namePattern(name.text())}${NOT_BEFORE_NAME}`).test(inside)
    )
      return undefined;
    if (!new RegExp(`${NOT_AFTER_NAME}${namePattern(target)}${NOT_BEFORE_NAME}`).test(inside)) {
      const at = imported.index + imported[0].indexOf("{") + 1 + inside.trimEnd().length;
      edits.push(insert(lines.positionAt(at), `, ${target}`));
    }
  }
  return {
    description: `Run the program with ${target} and an argument list, without a shell`,
    // The data is now one argument: a caller relying on the shell splitting it into several would change behaviour.
    applicability: "suggested",
    edits,
  };
}

/** spawn(cmd, { shell: true }): the options held nothing but the shell, so they go with it. */
function spawnWithoutShell(
  command: SgNode,
  options: SgNode | undefined,
  count: number,
  listed: string,
): Fix | undefined {
  const props = options?.kind() === "object" ? options.children().filter((c) => c.isNamed()) : [];
  const only = props.length === 1 ? props[0] : undefined;
  if (count !== 2 || !options || only?.kind() !== "pair") return undefined;
  if (only.field("key")?.text() !== "shell" || only.field("value")?.text() !== "true") return undefined;
  return {
    description: "Spawn the program with an argument list, without a shell",
    // Each value is now one argument: a caller relying on the shell splitting it would change behaviour.
    applicability: "suggested",
    edits: [
      replace(command, listed),
      // From after the command to the end of the options: the comma and `{ shell: true }` go.
      { range: { start: nodeRange(command.range()).end, end: nodeRange(options.range()).end }, text: "" },
    ],
  };
}
