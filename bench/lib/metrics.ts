import { classOfCwe, sameClass } from "./classes.js";
import type { BenchLanguage, Label } from "./labels.js";

/** What a scorer needs of a finding, whatever tool produced it. */
export interface ScoredFinding {
  readonly file: string;
  /** 1-based line the finding starts on. */
  readonly line: number;
  readonly cwe: readonly string[];
  readonly ruleId: string;
}

/** What a scorer needs of a corpus file. */
export interface ScoredFile {
  readonly path: string;
  readonly language: BenchLanguage;
  readonly classCwe: string;
  readonly kind: "vuln" | "safe";
  readonly labels: readonly Label[];
  /**
   * The case the file belongs to when a case spans several files (the blind
   * corpus: one `vuln/` or `safe/` folder); safe twins are counted per case.
   * Absent: the file is a case on its own.
   */
  readonly unit?: string;
}

const unitOf = (file: ScoredFile): string => file.unit ?? file.path;

export interface Counts {
  readonly labels: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly safeTwins: number;
  /** Safe twins with at least one false positive of the row's class(es). */
  readonly safeTwinsWithFp: number;
  /** Undefined when nothing was reported (0/0). */
  readonly precision: number | undefined;
  readonly recall: number | undefined;
  readonly f1: number | undefined;
  readonly fpRate: number | undefined;
}

export interface ClassRow extends Counts {
  readonly cwe: string;
  readonly language: BenchLanguage;
}

export interface Miss {
  readonly file: string;
  readonly line: number;
  readonly cwe: string;
  readonly ruleId?: string;
}

export interface QualityScore {
  readonly rows: readonly ClassRow[];
  readonly byLanguage: Readonly<Record<BenchLanguage, Counts>>;
  readonly overall: Counts;
  readonly falsePositives: readonly Miss[];
  readonly falseNegatives: readonly Miss[];
  /** Findings carrying none of the class CWEs: not scored, only counted. */
  readonly unscored: number;
  /** Per rule id: findings that matched a label, and false positives. */
  readonly byRule: Readonly<Record<string, { readonly matched: number; readonly falsePositives: number }>>;
}

interface Tally {
  labels: number;
  tp: number;
  fp: number;
  fn: number;
  safeTwins: number;
  safeTwinsWithFp: number;
}

const LANGUAGES: readonly BenchLanguage[] = ["python", "js"];

export function ratio(numerator: number, denominator: number): number | undefined {
  return denominator === 0 ? undefined : numerator / denominator;
}

/** F1 from counts: equal to 2PR/(P+R), and 0 rather than unknown when nothing matched. */
export function f1Of(tp: number, fp: number, fn: number): number | undefined {
  return ratio(2 * tp, 2 * tp + fp + fn);
}

export function countsOf(t: Tally): Counts {
  const precision = ratio(t.tp, t.tp + t.fp);
  const recall = ratio(t.tp, t.tp + t.fn);
  return {
    ...t,
    precision,
    recall,
    f1: f1Of(t.tp, t.fp, t.fn),
    fpRate: ratio(t.safeTwinsWithFp, t.safeTwins),
  };
}

/**
 * A finding matches a label when it is in the same file, starts on the same
 * line and carries the label's CWE or one of the same class (classes.ts). A label is a true positive when at least
 * one finding matches it. A finding that matches no label and carries a class
 * CWE is a false positive of the first class CWE it carries.
 */
export function scoreQuality(
  files: readonly ScoredFile[],
  findings: readonly ScoredFinding[],
  classCwes: readonly string[],
): QualityScore {
  const tallies = new Map<string, Tally>();
  const tally = (cwe: string, language: BenchLanguage): Tally => {
    const key = `${cwe}\u0000${language}`;
    let t = tallies.get(key);
    if (!t) {
      t = { labels: 0, tp: 0, fp: 0, fn: 0, safeTwins: 0, safeTwinsWithFp: 0 };
      tallies.set(key, t);
    }
    return t;
  };

  const { matched, falseNegatives } = matchLabels(files, findings, tally);
  const { falsePositives, unscored } = chargeFalsePositives(files, findings, matched, classCwes, tally);

  const rows: ClassRow[] = [];
  for (const cwe of classCwes) {
    for (const language of LANGUAGES) {
      const t = tallies.get(`${cwe}\u0000${language}`);
      if (t) rows.push({ cwe, language, ...countsOf(t) });
    }
  }

  const safeFiles = files.filter((f) => f.kind === "safe");
  const unitByPath = new Map(files.map((f) => [f.path, unitOf(f)]));
  const anyFpUnits = new Set(falsePositives.map((m) => unitByPath.get(m.file) ?? m.file));
  const sum = (selected: readonly ClassRow[], safe: readonly ScoredFile[]): Counts => {
    const units = new Set(safe.map(unitOf));
    return countsOf({
      labels: total(selected, "labels"),
      tp: total(selected, "tp"),
      fp: total(selected, "fp"),
      fn: total(selected, "fn"),
      safeTwins: units.size,
      safeTwinsWithFp: [...units].filter((u) => anyFpUnits.has(u)).length,
    });
  };
  const byLanguage = Object.fromEntries(
    LANGUAGES.map((language) => [
      language,
      sum(
        rows.filter((r) => r.language === language),
        safeFiles.filter((f) => f.language === language),
      ),
    ]),
  ) as Record<BenchLanguage, Counts>;

  return {
    rows,
    byLanguage,
    overall: sum(rows, safeFiles),
    falsePositives,
    falseNegatives,
    unscored,
    byRule: countByRule(matched, falsePositives),
  };
}

type TallyOf = (cwe: string, language: BenchLanguage) => Tally;

function matchLabels(
  files: readonly ScoredFile[],
  findings: readonly ScoredFinding[],
  tally: TallyOf,
): { matched: Set<ScoredFinding>; falseNegatives: Miss[] } {
  const byFileLine = new Map<string, ScoredFinding[]>();
  for (const finding of findings) {
    const key = `${finding.file}\u0000${finding.line}`;
    const list = byFileLine.get(key);
    if (list) list.push(finding);
    else byFileLine.set(key, [finding]);
  }
  const matched = new Set<ScoredFinding>();
  const falseNegatives: Miss[] = [];
  const safeUnits = new Set<string>();
  for (const file of files) {
    if (file.kind === "safe" && !safeUnits.has(unitOf(file))) {
      safeUnits.add(unitOf(file));
      tally(file.classCwe, file.language).safeTwins += 1;
    }
    // "CWE-614, CWE-1004" on one line is one expectation of one class.
    const seen = new Set<string>();
    for (const raw of file.labels) {
      const cwe = classOfCwe(raw.cwe) ?? raw.cwe;
      const key = `${raw.file}\u0000${raw.line}\u0000${cwe}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const label = { ...raw, cwe };
      const t = tally(label.cwe, file.language);
      t.labels += 1;
      const hits = (byFileLine.get(`${label.file}\u0000${label.line}`) ?? []).filter((f) =>
        f.cwe.some((id) => sameClass(id, label.cwe)),
      );
      hits.forEach((h) => matched.add(h));
      if (hits.length > 0) t.tp += 1;
      else {
        t.fn += 1;
        falseNegatives.push({ file: label.file, line: label.line, cwe: label.cwe });
      }
    }
  }
  return { matched, falseNegatives };
}

function chargeFalsePositives(
  files: readonly ScoredFile[],
  findings: readonly ScoredFinding[],
  matched: ReadonlySet<ScoredFinding>,
  classCwes: readonly string[],
  tally: TallyOf,
): { falsePositives: Miss[]; unscored: number } {
  const fileByPath = new Map(files.map((f) => [f.path, f]));
  const falsePositives: Miss[] = [];
  const safeWithFp = new Set<string>();
  let unscored = 0;
  for (const finding of findings) {
    if (matched.has(finding)) continue;
    const cwe = finding.cwe.map((id) => classOfCwe(id) ?? id).find((id) => classCwes.includes(id));
    const file = fileByPath.get(finding.file);
    if (cwe === undefined || file === undefined) {
      unscored += 1;
      continue;
    }
    tally(cwe, file.language).fp += 1;
    falsePositives.push({ file: finding.file, line: finding.line, cwe, ruleId: finding.ruleId });
    if (file.kind === "safe") safeWithFp.add(`${cwe}\u0000${unitOf(file)}`);
  }
  const counted = new Set<string>();
  for (const file of files) {
    const key = `${file.classCwe}\u0000${unitOf(file)}`;
    if (file.kind === "safe" && safeWithFp.has(key) && !counted.has(key)) {
      counted.add(key);
      tally(file.classCwe, file.language).safeTwinsWithFp += 1;
    }
  }
  return { falsePositives, unscored };
}

function countByRule(
  matched: ReadonlySet<ScoredFinding>,
  falsePositives: readonly Miss[],
): Record<string, { matched: number; falsePositives: number }> {
  const byRule: Record<string, { matched: number; falsePositives: number }> = {};
  const entry = (id: string) => (byRule[id] ??= { matched: 0, falsePositives: 0 });
  for (const finding of matched) entry(finding.ruleId).matched += 1;
  for (const miss of falsePositives) entry(miss.ruleId ?? "").falsePositives += 1;
  return byRule;
}

function total(rows: readonly ClassRow[], key: "labels" | "tp" | "fp" | "fn"): number {
  return rows.reduce((n, r) => n + r[key], 0);
}
