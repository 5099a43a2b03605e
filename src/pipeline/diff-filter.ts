import type { FindingDraft } from "../core/finding.js";

/**
 * For `--diff`: keep only drafts that touch a changed line. With `wholeFiles`
 * every finding in a changed file is kept.
 */
export function keepChangedLines(
  drafts: readonly FindingDraft[],
  changed: ReadonlyMap<string, ReadonlySet<number>>,
  wholeFiles: boolean,
): FindingDraft[] {
  return drafts.filter((draft) => {
    const lines = changed.get(draft.file);
    if (!lines) return false;
    if (wholeFiles) return true;
    for (let line = draft.range.start.line; line <= draft.range.end.line; line++) {
      if (lines.has(line)) return true;
    }
    return false;
  });
}
