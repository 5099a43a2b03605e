import { join } from "node:path";
import type { Analyser, AnalyserInput, AnalyserOutput } from "../core/analyser.js";
import type { FindingDraft } from "../core/finding.js";
import type { Language } from "../core/language.js";
import type { Notice, SkippedFile, SkipReason } from "../core/review.js";
import type { RuleMeta } from "../core/rule-meta.js";
import { readTextChunks } from "../platform/read-chunks.js";

/**
 * Known-format secrets in files the review otherwise skips for their size,
 * line length or a generated marker: a key in a 5 MB bundle is still a
 * leaked key. The files are streamed from disk (bounded memory); the scanner
 * itself is the rule engine's, passed in by the composition root.
 */

export interface SkippedScanRequest {
  readonly path: string;
  readonly reason: SkipReason;
  readonly language?: Language;
  readonly chunks: AsyncIterable<string>;
}

export interface SkippedSecretsOptions {
  readonly scan: (request: SkippedScanRequest, source: string) => Promise<FindingDraft[]>;
  readonly meta: RuleMeta;
  /** Bytes read per file at most; the rest is named in a notice. */
  readonly maxBytes?: number;
}

const ID = "skipped-secrets";
/** Skips whose files are text a person wrote or a tool emitted, so a secret may sit in them. */
const SCANNED: ReadonlySet<SkipReason> = new Set(["too-large", "minified", "generated"]);
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export function createSkippedSecretsAnalyser(options: SkippedSecretsOptions): Analyser {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  return {
    id: ID,
    kind: "builtin",
    availability: () => Promise.resolve(null),
    async analyse(input: AnalyserInput): Promise<AnalyserOutput> {
      const targets = (input.skipped ?? []).filter((s) => SCANNED.has(s.reason) && !s.path.endsWith("/"));
      const findings: FindingDraft[] = [];
      const notices: Notice[] = [];
      const analysedPaths: string[] = [];
      for (const skipped of targets) {
        if (input.signal.aborted) break;
        const truncated = { value: false };
        findings.push(...(await options.scan(request(input.root, skipped, maxBytes, truncated), ID)));
        analysedPaths.push(skipped.path);
        if (truncated.value) {
          notices.push({
            level: "warning",
            analyser: ID,
            file: skipped.path,
            message: `secret scan stopped after ${maxBytes} bytes of this skipped file`,
          });
        }
      }
      return { findings, notices, filesAnalysed: analysedPaths.length, analysedPaths, rules: [options.meta] };
    },
  };
}

function request(
  root: string,
  skipped: SkippedFile,
  maxBytes: number,
  truncated: { value: boolean },
): SkippedScanRequest {
  return {
    path: skipped.path,
    reason: skipped.reason,
    ...(skipped.language === undefined ? {} : { language: skipped.language }),
    chunks: readTextChunks(join(root, skipped.path), maxBytes, truncated),
  };
}
