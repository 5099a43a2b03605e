/** A piece of a command: text written in it, or the code of a value put in. */
export type CommandPiece = { readonly text: string } | { readonly value: string };

/**
 * The words a shell would split a command into, from its written text
 * (already checked to hold nothing a shell interprets) and its values: the
 * text splits at spaces, a value stays in the word it touches. Undefined
 * when the command holds no value (nothing to fix) or its first word, the
 * program, is not written out. Shared by the Python and JavaScript argument
 * lists (python-argv.ts, js-argv.ts), which differ only in how they render a word.
 */
export function commandWordsOf(pieces: readonly CommandPiece[]): CommandPiece[][] | undefined {
  if (!pieces.some((p) => "value" in p)) return undefined;
  const words: CommandPiece[][] = [[]];
  for (const piece of pieces) {
    if ("value" in piece) {
      words[words.length - 1]!.push(piece);
      continue;
    }
    piece.text.split(" ").forEach((text, i) => {
      if (i > 0) words.push([]);
      if (text !== "") words[words.length - 1]!.push({ text });
    });
  }
  const full = words.filter((w) => w.length > 0);
  const program = full[0];
  return program === undefined || program.some((p) => "value" in p) ? undefined : full;
}
