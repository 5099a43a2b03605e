import { commandWordsOf, type CommandPiece } from "./command-words.js";
import type { Part } from "./sql-template.js";

/** Written command text a shell reads literally: words of these characters, split by spaces. */
const STATIC = /^[\w./=:@%+,\- ]*$/;

/**
 * The program and the arguments a shell would have made of a command built
 * from text and values (a template literal or a `+` chain, as queryParts
 * reads it), as JavaScript expressions: `ping -c ${n} ${host}` gives
 * `"ping"` and `"-c", n, host`. Only where the written text holds nothing a
 * shell interprets and the program is written out; a word that glues text to
 * a value stays one template-literal argument.
 */
export function commandArgv(parts: readonly Part[]): { file: string; args: string[] } | undefined {
  if (parts.some((p) => "sql" in p && !STATIC.test(p.sql))) return undefined;
  const words = commandWordsOf(parts.map((p) => ("sql" in p ? { text: p.sql } : p)));
  const [program, ...rest] = words ?? [];
  if (program === undefined) return undefined;
  return { file: render(program), args: rest.map(render) };
}

function render(word: readonly CommandPiece[]): string {
  const only = word.length === 1 ? word[0] : undefined;
  if (only !== undefined && "value" in only) return only.value;
  if (word.every((p) => "text" in p))
    return JSON.stringify(word.map((p) => ("text" in p ? p.text : "")).join(""));
  return `\`${word.map((p) => ("text" in p ? p.text : `\${${p.value}}`)).join("")}\``;
}
