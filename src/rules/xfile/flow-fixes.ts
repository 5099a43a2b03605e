import type { SgNode } from "@ast-grep/napi";
import type { FindingDraft } from "../../core/finding.js";
import { isCodeLanguage } from "../../core/language.js";
import { comparePositions, LineIndex, type Range } from "../../core/location.js";
import type { SourceFile } from "../../core/source-file.js";
import type { Rule } from "../define-rule.js";
import { parseSource } from "../parse.js";
import { nodeRange } from "../run-rules.js";
import { placeKey } from "./cross-file-findings.js";

/**
 * Fixes for findings the link step made where no per-file finding stood (a
 * flow across files into a sink the file's own analysis saw no input reach):
 * the sink's rule runs its fix step on the node at the sink, as it would
 * have had it reported the sink itself. Only the node is known here, not the
 * check's state, so a fix step that needs state offers nothing. Every fix
 * still goes through the ladder, which re-links the files (docs/fixes.md,
 * "Proven across files").
 */
export function withFlowFixes(
  linked: readonly FindingDraft[],
  perFile: readonly FindingDraft[],
  files: ReadonlyMap<string, SourceFile>,
  rules: readonly Rule[],
): FindingDraft[] {
  const held = new Set(perFile.map(draftPlace));
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const roots = new Map<string, SgNode | undefined>();
  return linked.map((draft) => {
    if (draft.fix !== undefined || held.has(draftPlace(draft))) return draft;
    const rule = byId.get(draft.ruleId);
    const file = files.get(draft.file);
    if (rule?.fix === undefined || file === undefined || !isCodeLanguage(file.language)) return draft;
    // Positions on lines U+2028 splits were moved from parser rows: the node cannot be found by them.
    if (/[\u2028\u2029]/.test(file.text)) return draft;
    let root = roots.get(file.path);
    if (!roots.has(file.path)) {
      root = parseSource(file.language, file.text).root;
      roots.set(file.path, root);
    }
    const node = root === undefined ? undefined : nodeAt(root, draft.range);
    if (node === undefined) return draft;
    try {
      const fix = rule.fix(
        { node, range: draft.range, state: undefined },
        { file, text: file.text, lines: new LineIndex(file.text), root },
      );
      return fix === undefined ? draft : { ...draft, fix };
    } catch {
      // A fix step that needs its check's state: no fix, the finding stands.
      return draft;
    }
  });
}

function draftPlace(d: FindingDraft): string {
  return placeKey(d.file, d.ruleId, d.range.start.line, d.range.start.column);
}

/** The outermost node spanning exactly `range`, found by descending through the nodes that contain it. */
function nodeAt(root: SgNode, range: Range): SgNode | undefined {
  let node: SgNode | undefined = root;
  while (node !== undefined) {
    const here = nodeRange(node.range());
    if (comparePositions(here.start, range.start) === 0 && comparePositions(here.end, range.end) === 0)
      return node;
    node = node.children().find((child) => {
      const r = nodeRange(child.range());
      return comparePositions(r.start, range.start) <= 0 && comparePositions(r.end, range.end) >= 0;
    });
  }
  return undefined;
}
