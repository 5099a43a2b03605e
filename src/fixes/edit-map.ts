import type { Edit, Fix } from "../core/fix.js";
import { LineIndex, type Range } from "../core/location.js";
import type { OffsetEdit } from "./apply-edits.js";

/**
 * Maps places in a file's original text through the fixes already applied to
 * it, so a later fix (computed on the original) lands where its code now is.
 * Each applied step is a set of simultaneous edits in the coordinates of the
 * text it was applied to.
 */
export class EditMap {
  private readonly steps: (readonly OffsetEdit[])[] = [];
  private readonly originalLines: LineIndex;

  constructor(readonly original: string) {
    this.originalLines = new LineIndex(original);
  }

  get stepCount(): number {
    return this.steps.length;
  }

  record(edits: readonly OffsetEdit[]): void {
    this.steps.push(edits);
  }

  /** An original range in the current text, or undefined when an applied edit touched it. */
  mapStrict(range: Range, current: string): Range | undefined {
    let start = this.originalLines.offsetAt(range.start);
    let end = this.originalLines.offsetAt(range.end);
    for (const step of this.steps) {
      const mapped = mapSpan(start, end, step);
      if (mapped === undefined) return undefined;
      [start, end] = mapped;
    }
    const lines = new LineIndex(current);
    return { start: lines.positionAt(start), end: lines.positionAt(end) };
  }

  /** An original range in the current text, widened to cover any applied edit it overlaps. */
  mapLoose(range: Range, current: string): Range {
    let start = this.originalLines.offsetAt(range.start);
    let end = this.originalLines.offsetAt(range.end);
    for (const step of this.steps) [start, end] = mapSpanLoose(start, end, step);
    const lines = new LineIndex(current);
    return { start: lines.positionAt(start), end: lines.positionAt(end) };
  }

  /** A fix computed on the original text, moved onto the current text; undefined on conflict. */
  mapFix(fix: Fix, current: string): Fix | undefined {
    const edits: Edit[] = [];
    for (const edit of fix.edits) {
      const range = this.mapStrict(edit.range, current);
      if (range === undefined) return undefined;
      edits.push({ range, text: edit.text });
    }
    return { ...fix, edits };
  }
}

function delta(edit: OffsetEdit): number {
  return edit.text.length - (edit.end - edit.start);
}

/** Shifts [start, end) past the edits before it; undefined when one overlaps it. */
function mapSpan(start: number, end: number, edits: readonly OffsetEdit[]): [number, number] | undefined {
  let shiftStart = 0;
  let shiftEnd = 0;
  for (const edit of edits) {
    const touches = edit.start < end && start < edit.end;
    const insertsInside = edit.start === edit.end && start < edit.start && edit.start < end;
    if (touches || insertsInside) return undefined;
    if (edit.end <= start) shiftStart += delta(edit);
    if (edit.end <= end) shiftEnd += delta(edit);
  }
  return [start + shiftStart, end + shiftEnd];
}

/** Like {@link mapSpan}, but a bound inside an edit moves to that edit's edge (start) or new end (end). */
function mapSpanLoose(start: number, end: number, edits: readonly OffsetEdit[]): [number, number] {
  const newStart = mapBound(start, edits, "start");
  return [newStart, Math.max(newStart, mapBound(end, edits, "end"))];
}

function mapBound(offset: number, edits: readonly OffsetEdit[], side: "start" | "end"): number {
  let shift = 0;
  for (const edit of edits) {
    if (edit.end <= offset && !(edit.start === edit.end && edit.start === offset && side === "end")) {
      shift += delta(edit);
      continue;
    }
    if (edit.start < offset) return edit.start + shift + (side === "start" ? 0 : edit.text.length);
    break;
  }
  return offset + shift;
}
