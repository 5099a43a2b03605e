import type { FindingDraft } from "../core/finding.js";
import { LineIndex } from "../core/location.js";
import { anchorQuote } from "./anchor.js";
import { maskSecrets } from "./redact.js";
import { analyserIdOf, type AgentId, type Candidate, type RedactedFile } from "./types.js";

export interface AnchoredDrafts {
  readonly drafts: FindingDraft[];
  /** Candidates whose quote was trivial, absent or ambiguous near the claimed line. */
  readonly dropped: number;
}

/**
 * Turns a model's candidates into findings that sit on the lines they quote.
 * The model's line number is only a hint: the quote decides, after masking
 * secrets in it exactly as the file shown to the model was masked.
 */
export function anchorCandidates(
  agent: AgentId,
  file: RedactedFile,
  candidates: readonly Candidate[],
): AnchoredDrafts {
  const source = analyserIdOf(agent);
  const original = new LineIndex(file.source.text);
  const drafts: FindingDraft[] = [];
  let dropped = 0;
  for (const candidate of candidates) {
    const { issue } = candidate;
    const quote = maskSecrets(issue.quote, file.secrets);
    const anchored = anchorQuote(file.text, quote, issue.line);
    if (!anchored.ok) {
      dropped++;
      continue;
    }
    const startText = original.line(anchored.startLine);
    const indent = startText.length - startText.trimStart().length;
    drafts.push({
      ruleId: `llm/${agent}/${candidate.kind}`,
      file: file.source.path,
      range: {
        start: { line: anchored.startLine, column: indent + 1 },
        end: { line: anchored.endLine, column: original.line(anchored.endLine).length + 1 },
      },
      severity: issue.severity,
      category: candidate.category,
      title: oneLine(issue.title),
      description: issue.description.trim(),
      recommendation: issue.recommendation.trim(),
      cwe: issue.cwe.filter((id) => /^CWE-\d+$/.test(id)),
      confidence: Math.min(1, Math.max(0, Number.isFinite(issue.confidence) ? issue.confidence : 0)),
      source,
    });
  }
  return { drafts, dropped };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
