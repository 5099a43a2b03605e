import ignore from "ignore";
import type { NonProductionSettings } from "../core/config.js";
import type { Finding, NonProductionMark } from "../core/finding.js";
import { isCodeLanguage, type Language } from "../core/language.js";
import { severityRank } from "../core/severity.js";
import { conventionFor, type NonProductionKind } from "./non-production-conventions.js";

/**
 * The step after synthesis that moves findings in test, example and tooling
 * code apart (docs/configuration.md, "Non-production code"): a file is
 * non-production when a convention or a configured glob says so AND no
 * production file imports it, directly or through other imported files. A
 * vulnerable helper under tests/ that the application imports stays
 * production.
 */

export type FileMark = Pick<NonProductionMark, "kind" | "reason">;

export interface ClassifyInput {
  /** The analysed files' repository-relative paths. */
  readonly paths: readonly string[];
  /** Imported path → importing paths (ScopeResult.importers); absent: nothing counts as imported. */
  readonly importers?: ReadonlyMap<string, ReadonlySet<string>>;
  readonly settings: NonProductionSettings;
  /** Globs among `settings.paths` that the repository's own config added, and that file's name. */
  readonly repositoryPaths?: readonly string[];
  readonly repositoryFile?: string;
}

/** Non-production files and why; every path not in the map is production. */
export function classifyNonProduction(input: ClassifyInput): Map<string, FileMark> {
  const marks = new Map<string, FileMark>();
  if (!input.settings.enabled) return marks;
  const byGlob = globMatchers(input);
  for (const path of input.paths) {
    const mark = markFor(path, byGlob);
    if (mark !== undefined) marks.set(path, mark);
  }
  releaseImported(marks, input.importers);
  return marks;
}

interface GlobRow {
  readonly matches: (path: string) => boolean;
  readonly reason: string;
}

function globMatchers(input: ClassifyInput): GlobRow[] {
  const fromRepository = new Set(input.repositoryPaths ?? []);
  const where = input.repositoryFile === undefined ? "" : ` (${input.repositoryFile})`;
  return input.settings.paths.map((glob) => {
    // gitignore syntax, as include and exclude are written; `./src` means `src`.
    const matcher = ignore({ ignorecase: false }).add(glob.replace(/^(?:\.\/)+/, ""));
    return {
      matches: (path: string) => matcher.ignores(path),
      reason: fromRepository.has(glob) ? `repository path ${glob}${where}` : `operator path ${glob}`,
    };
  });
}

/** Conventions first, so a repository's glob is credited only with the files it alone moved. */
function markFor(path: string, globs: readonly GlobRow[]): FileMark | undefined {
  const convention = conventionFor(path);
  if (convention !== undefined) return { kind: convention.kind, reason: convention.reason };
  const glob = globs.find((g) => g.matches(path));
  const kind: NonProductionKind = "test";
  return glob === undefined ? undefined : { kind, reason: glob.reason };
}

/**
 * Production is everything unmarked; a marked file any production file
 * imports becomes production too, and so on until nothing changes.
 */
function releaseImported(
  marks: Map<string, FileMark>,
  importers: ReadonlyMap<string, ReadonlySet<string>> | undefined,
): void {
  if (importers === undefined) return;
  for (let changed = true; changed;) {
    changed = false;
    for (const path of [...marks.keys()]) {
      const from = importers.get(path);
      if (from !== undefined && [...from].some((importer) => !marks.has(importer))) {
        marks.delete(path);
        changed = true;
      }
    }
  }
}

/** Findings in marked files get the mark, their severity capped at `maxSeverity` (the original kept). */
export function markNonProduction(
  findings: readonly Finding[],
  marks: ReadonlyMap<string, FileMark>,
  settings: Pick<NonProductionSettings, "maxSeverity">,
): Finding[] {
  if (marks.size === 0) return [...findings];
  return findings.map((finding) => {
    const mark = marks.get(finding.file);
    if (mark === undefined) return finding;
    const cap = settings.maxSeverity;
    if (severityRank(finding.severity) <= severityRank(cap))
      return { ...finding, nonProduction: { ...mark } };
    return { ...finding, severity: cap, nonProduction: { ...mark, originalSeverity: finding.severity } };
  });
}

/**
 * Non-blank lines of the analysed code files not marked: the score's
 * denominator (FileStats.productionLines). Config, Markdown and text files
 * are reviewed but are not code, so they do not count.
 */
export function productionLines(
  files: readonly { readonly path: string; readonly language: Language; readonly text: string }[],
  marks: ReadonlyMap<string, FileMark>,
): number {
  let total = 0;
  for (const file of files)
    if (isCodeLanguage(file.language) && !marks.has(file.path)) total += nonBlankLines(file.text);
  return total;
}

/** Lines holding anything but spaces, tabs and carriage returns; one pass without splitting. */
export function nonBlankLines(text: string): number {
  let count = 0;
  let blank = true;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      if (!blank) count += 1;
      blank = true;
    } else if (blank && code !== 32 && code !== 9 && code !== 13 && code !== 12 && code !== 11) {
      blank = false;
    }
  }
  return blank ? count : count + 1;
}
