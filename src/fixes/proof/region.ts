import type { Edit } from "../../core/fix.js";
import type { EditMap } from "../edit-map.js";

/** 1-based inclusive line spans. */
export type LineSpans = readonly (readonly [number, number])[];

/** The lines a fix touches, before (in the original text) and after (in the patched text). */
export interface FixRegion {
  readonly before: LineSpans;
  readonly after: LineSpans;
}

/**
 * Where the edits are, on both sides. The after side is each edit mapped
 * through all of them, so a check can look at exactly the code the fix wrote
 * and compare it with the code it replaced.
 */
export function fixRegion(edits: readonly Edit[], map: EditMap, after: string): FixRegion {
  return {
    before: edits.map((e) => [e.range.start.line, e.range.end.line] as const),
    after: edits.map((e) => {
      const r = map.mapLoose(e.range, after);
      return [r.start.line, r.end.line] as const;
    }),
  };
}

export function inSpans(line: number, spans: LineSpans): boolean {
  return spans.some(([a, b]) => line >= a && line <= b);
}
