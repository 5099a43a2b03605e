import type { Edit, Fix } from "../../core/fix.js";
import type { FixContext, RuleMatch } from "../define-rule.js";
import { asKind, insert, replace } from "./edits.js";
import { queryParts } from "./js-sql.js";
import { NOT_AFTER_NAME, NOT_BEFORE_NAME, namePattern } from "../shared/name-pattern.js";

/** Static command words: no quoting, expansion or control characters a shell would interpret. */
const PLAIN_WORDS = /^[\w./=:@%+,-]+(?: [\w./=:@%+,-]+)* $/;
/** `const { exec } = require("child_process")`: the braces' inside, to add execFile beside exec. */
const DESTRUCTURED =
  /\{([^{}]*)\}\s*=\s*require\(\s*["'](?:node:)?child_process["']\s*\)|import\s*\{([^{}]*)\}\s*from\s*["'](?:node:)?child_process["']/;

/**
 * exec("convert " + name) / execSync(`ping -c 1 ${host}`) →
 * execFile("convert", [name]) / execFileSync("ping", ["-c", "1", host]): only
 * when the command's words are static and the data is one last word, so no
 * shell is needed at all. A destructured exec gets execFile added to its import.
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
  if (!call || !callee || !name || !command || !/^exec(?:Sync)?$/.test(name.text())) return undefined;
  const built = queryParts(command);
  const parts = built?.parts ?? [];
  const [words, data, rest] = [parts[0], parts[1], parts[2]];
  if (!words || !("sql" in words) || !data || !("value" in data)) return undefined;
  if (parts.length > 3 || (rest && (!("sql" in rest) || rest.sql !== ""))) return undefined;
  if (!PLAIN_WORDS.test(words.sql)) return undefined;
  const [file, ...fixed] = words.sql.trim().split(" ");
  const target = name.text() === "exec" ? "execFile" : "execFileSync";
  const edits: Edit[] = [
    replace(name, target),
    replace(
      command,
      `${JSON.stringify(file)}, [${[...fixed.map((w) => JSON.stringify(w)), data.value].join(", ")}]`,
    ),
  ];
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
