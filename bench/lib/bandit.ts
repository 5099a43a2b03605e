import type { ScoredFinding } from "./metrics.js";

/**
 * Bandit test id → the corpus class it reports. Bandit 1.6 carries no CWE of
 * its own, and later versions map some tests to broader CWEs (B105 → 259), so
 * the bench uses one fixed mapping for every bandit version.
 */
export const BANDIT_CWE: Readonly<Record<string, string>> = {
  B602: "CWE-78",
  B604: "CWE-78",
  B605: "CWE-78",
  B607: "CWE-78",
  B609: "CWE-78",
  B307: "CWE-94",
  B608: "CWE-89",
  B301: "CWE-502",
  B302: "CWE-502",
  B403: "CWE-502",
  B506: "CWE-502",
  B303: "CWE-328",
  B324: "CWE-328",
  B304: "CWE-327",
  B305: "CWE-327",
  B311: "CWE-330",
  B323: "CWE-295",
  B501: "CWE-295",
  B105: "CWE-798",
  B106: "CWE-798",
  B107: "CWE-798",
  B201: "CWE-489",
  B310: "CWE-918",
  B313: "CWE-611",
  B314: "CWE-611",
  B315: "CWE-611",
  B316: "CWE-611",
  B317: "CWE-611",
  B318: "CWE-611",
  B319: "CWE-611",
  B320: "CWE-611",
  B410: "CWE-611",
  B701: "CWE-79",
  B703: "CWE-79",
};

export interface BanditParse {
  readonly findings: ScoredFinding[];
  /** Files bandit could not scan, and unmapped test ids (counted, not scored). */
  readonly problems: string[];
  readonly unmapped: number;
}

interface BanditResult {
  readonly filename: string;
  readonly line_number: number;
  readonly test_id: string;
}

function isResult(value: unknown): value is BanditResult {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.filename === "string" && typeof v.line_number === "number" && typeof v.test_id === "string";
}

/** Parses `bandit -f json` output run from the corpus root; file names become corpus-relative. */
export function parseBanditReport(json: string): BanditParse {
  let report: unknown;
  try {
    report = JSON.parse(json);
  } catch (error) {
    throw new Error(`bandit printed something that is not JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (
    typeof report !== "object" ||
    report === null ||
    !Array.isArray((report as { results?: unknown }).results)
  ) {
    throw new Error('bandit JSON has no "results" array');
  }
  const { results, errors } = report as { results: unknown[]; errors?: unknown };
  const problems: string[] = [];
  if (Array.isArray(errors)) {
    for (const e of errors as { filename?: unknown; reason?: unknown }[]) {
      problems.push(`bandit could not scan ${String(e.filename)}: ${String(e.reason)}`);
    }
  }
  const findings: ScoredFinding[] = [];
  let unmapped = 0;
  for (const result of results) {
    if (!isResult(result)) {
      problems.push(`bandit result without filename/line_number/test_id: ${JSON.stringify(result)}`);
      continue;
    }
    const cwe = BANDIT_CWE[result.test_id];
    if (cwe === undefined) unmapped += 1;
    findings.push({
      file: result.filename.replace(/^\.\//, ""),
      line: result.line_number,
      cwe: cwe === undefined ? [] : [cwe],
      ruleId: `bandit/${result.test_id}`,
    });
  }
  return { findings, problems, unmapped };
}
