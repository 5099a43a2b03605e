import type { FindingDraft } from "../../../core/finding.js";
import type { Language } from "../../../core/language.js";
import { countsUnicodeSeparators, LineIndex, type Position, type Range } from "../../../core/location.js";
import type { SkipReason } from "../../../core/review.js";
import knownToken from "../known-token.js";
import { findKnownTokens, type TokenPattern } from "./secret-patterns.js";

/**
 * Known-format secrets in a file too large or too long-lined to review,
 * searched chunk by chunk so memory stays bounded whatever the file's size
 * or line length. Pure: the chunks come from the caller.
 */

/** Text scanned at once, and the tail carried into the next window so a secret cut by a window edge is still whole. */
const WINDOW = 256 * 1024;
/** Longer than any token format, PEM blocks of 4096-bit keys included. */
const OVERLAP = 16 * 1024;

export interface StreamedSecret {
  readonly pattern: TokenPattern;
  readonly range: Range;
}

/**
 * Slides a window over the text. A match is accepted in the window where it
 * starts before the last OVERLAP characters (or anywhere, in the last window),
 * so each secret is found exactly once and always with OVERLAP characters of
 * text after its start.
 */
export class SecretStreamScanner {
  private window = "";
  /** Position of the window's first character in the whole text. */
  private base: Position = { line: 1, column: 1 };

  constructor(private readonly unicodeSeparators = false) {}

  push(chunk: string): StreamedSecret[] {
    this.window += chunk;
    return this.window.length >= WINDOW + OVERLAP ? this.scan(false) : [];
  }

  finish(): StreamedSecret[] {
    return this.scan(true);
  }

  private scan(final: boolean): StreamedSecret[] {
    const text = this.window;
    const limit = final ? text.length : text.length - OVERLAP;
    const lines = new LineIndex(text, { unicodeSeparators: this.unicodeSeparators });
    const found = findKnownTokens(text)
      .filter((m) => final || m.start < limit)
      .map((m) => ({
        pattern: m.pattern,
        range: {
          start: this.absolute(lines.positionAt(m.start)),
          end: this.absolute(lines.positionAt(m.end)),
        },
      }));
    this.base = this.absolute(lines.positionAt(limit));
    this.window = text.slice(limit);
    return found;
  }

  private absolute(p: Position): Position {
    return p.line === 1
      ? { line: this.base.line, column: this.base.column + p.column - 1 }
      : { line: this.base.line + p.line - 1, column: p.column };
  }
}

export interface SkippedFileScan {
  readonly path: string;
  readonly reason: SkipReason;
  readonly language?: Language;
  readonly chunks: AsyncIterable<string>;
}

/** Drafts for every known-format secret in a skipped file, worded to say the file was otherwise not reviewed. */
export async function secretsInSkippedFile(scan: SkippedFileScan, source: string): Promise<FindingDraft[]> {
  const scanner = new SecretStreamScanner(
    scan.language !== undefined && countsUnicodeSeparators(scan.language),
  );
  const found: StreamedSecret[] = [];
  for await (const chunk of scan.chunks) found.push(...scanner.push(chunk));
  found.push(...scanner.finish());
  const { meta } = knownToken;
  return found.map(({ pattern, range }) => ({
    ruleId: meta.id,
    file: scan.path,
    range,
    severity: pattern.severity,
    category: meta.category,
    title: meta.title,
    description: `A ${pattern.name} is committed in this file (value redacted). ${pattern.rotate} The file was otherwise skipped (${scan.reason}), so nothing else in it was reviewed.`,
    recommendation: meta.howToFix,
    cwe: [...meta.cwe],
    confidence: meta.confidence,
    source,
    ...(meta.family === undefined ? {} : { family: meta.family }),
    redact: [range],
  }));
}

export const SKIPPED_SECRETS_META = knownToken.meta;
