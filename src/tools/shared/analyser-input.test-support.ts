import { createHash } from "node:crypto";
import { posix } from "node:path";
import type { AnalyserInput } from "../../core/analyser.js";
import { DEFAULT_CONFIG, type ResolvedConfig } from "../../core/config.js";
import type { ProgressEvent } from "../../core/progress.js";
import type { SourceFile } from "../../core/source-file.js";
import { detectLanguage } from "../../platform/detect-language.js";

/**
 * An analyser input over files whose text the caller already read, for tests
 * and benchmarks of the tool adapters (discovery does this in a real review).
 */
export function analyserInputFor(
  root: string,
  files: ReadonlyArray<{ readonly path: string; readonly text: string }>,
  options: {
    readonly config?: ResolvedConfig;
    readonly signal?: AbortSignal;
    readonly events?: ProgressEvent[];
  } = {},
): AnalyserInput {
  const sources: SourceFile[] = files.map(({ path, text }) => ({
    path,
    absolutePath: posix.join(root, path),
    language: detectLanguage(path, text.split("\n", 1)[0] ?? "") ?? "text",
    text,
    bytes: Buffer.byteLength(text),
    lines: text.split("\n").length,
    hash: createHash("sha256").update(text).digest("hex"),
  }));
  return {
    root,
    files: sources,
    config: options.config ?? DEFAULT_CONFIG,
    signal: options.signal ?? new AbortController().signal,
    progress: (event) => options.events?.push(event),
  };
}

/** The default configuration with one analyser's settings changed. */
export function configWith(
  id: string,
  settings: Partial<ResolvedConfig["analysers"][string]>,
): ResolvedConfig {
  const current = DEFAULT_CONFIG.analysers[id] ?? { enabled: true, useProjectConfig: false };
  return { ...DEFAULT_CONFIG, analysers: { ...DEFAULT_CONFIG.analysers, [id]: { ...current, ...settings } } };
}
