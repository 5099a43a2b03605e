import { posix } from "node:path";
import { z } from "zod";
import type { Category } from "../../core/category.js";
import type { Language } from "../../core/language.js";
import { LineIndex, byteColumnToUtf16, type Position, type Range } from "../../core/location.js";
import type { Severity } from "../../core/severity.js";
import type { SourceFile } from "../../core/source-file.js";
import { familyForCwe, normaliseCwe, whyForFamily } from "../shared/cwe-families.js";
import { resolveReportedPath } from "../shared/paths.js";
import { isSecretFinding } from "../shared/redact-secret.js";
import { byteOffsetPosition } from "../shared/positions.js";
import {
  confidenceFromWord,
  emptyParsed,
  parseToolJson,
  type ParsedToolOutput,
} from "../shared/tool-output.js";
import { humanise, toolRuleMeta, type ToolRuleInfo } from "../shared/tool-rule.js";

const ANALYSER = "semgrep";

// semgrep_output_v1.atd: line and col start at 1; offset is a 0-based byte
// offset into the file (-1 or absent from older Python code paths).
const positionSchema = z.looseObject({
  line: z.number().int(),
  col: z.number().int(),
  offset: z.number().int().optional(),
});
const stringOrList = z.union([z.string(), z.array(z.string())]).optional();

const resultSchema = z.looseObject({
  check_id: z.string(),
  path: z.string(),
  start: positionSchema,
  end: positionSchema,
  extra: z.looseObject({
    message: z.string().default(""),
    severity: z.string().default("WARNING"),
    metadata: z
      .looseObject({
        cwe: stringOrList,
        owasp: stringOrList,
        confidence: z.string().optional(),
        category: z.string().optional(),
        references: stringOrList,
      })
      .default({}),
  }),
});

const errorSchema = z.looseObject({
  level: z.string().default("error"),
  type: z.union([z.string(), z.array(z.unknown())]).optional(),
  message: z.string().optional(),
  path: z.string().optional(),
});

const outputSchema = z.looseObject({
  results: z.array(resultSchema),
  errors: z.array(errorSchema).default([]),
  paths: z.looseObject({ scanned: z.array(z.string()).optional() }).optional(),
});

const SEVERITY: Readonly<Record<string, Severity>> = { ERROR: "high", WARNING: "medium", INFO: "low" };
const CATEGORY: Readonly<Record<string, Category>> = {
  security: "security",
  correctness: "logic",
  performance: "performance",
  "best-practice": "pattern",
  maintainability: "style",
  portability: "pattern",
};

/**
 * `semgrep scan --json` output → drafts, per-file notices and rule metadata.
 * Columns come from the byte offset when the file's text is at hand (exact
 * for any text), otherwise from `col`. Errors tied to no file (a broken rules
 * file) fail the whole run; errors about one file become notices about it.
 */
export function parseSemgrepJson(
  text: string,
  root: string,
  files: readonly SourceFile[] = [],
): ParsedToolOutput {
  const parsed = outputSchema.safeParse(parseToolJson(ANALYSER, text));
  if (!parsed.success)
    throw new Error(`semgrep output is not in the expected format: ${parsed.error.issues[0]?.message ?? ""}`);
  const out = emptyParsed();
  const byPath = new Map(files.map((file) => [file.path, file]));
  const known = files.length > 0 ? new Set(byPath.keys()) : undefined;
  const repoPath = (reported: string): string | undefined => resolveReportedPath(reported, root, known);

  for (const error of parsed.data.errors) {
    const path = error.path === undefined ? undefined : repoPath(error.path);
    const kind = typeof error.type === "string" ? error.type : "error";
    const firstLine = (error.message ?? kind).split("\n")[0] ?? kind;
    if (path === undefined) {
      if (error.level === "error") throw new Error(`semgrep reported an error: ${firstLine}`);
      out.notices.push({ level: "warning", analyser: ANALYSER, message: `semgrep: ${firstLine}` });
      continue;
    }
    out.failedPaths.add(path);
    const what = /timeout/i.test(kind) ? "timed out on" : "could not analyse";
    out.notices.push({
      level: "warning",
      analyser: ANALYSER,
      file: path,
      message: `semgrep ${what} ${path} (${kind}); its semgrep findings may be incomplete`,
    });
  }

  for (const result of parsed.data.results) {
    const path = repoPath(result.path);
    if (path === undefined) continue;
    const file = byPath.get(path);
    const lines = file === undefined ? undefined : new LineIndex(file.text);
    const metadata = result.extra.metadata;
    const cwe = unique(list(metadata.cwe).map(normaliseCwe));
    const family = familyForCwe(cwe);
    const info: ToolRuleInfo = {
      title: humanise(result.check_id.split(".").pop() ?? result.check_id),
      category: CATEGORY[metadata.category ?? ""] ?? (cwe.length > 0 ? "security" : "pattern"),
      severity: SEVERITY[result.extra.severity.toUpperCase()] ?? "info",
      cwe,
      ...(family === undefined ? {} : { family }),
      ...owaspOf(list(metadata.owasp)),
      why: whyForFamily(family) ?? "",
      howToFix: "Follow the rule's guidance above; see its references for the safe pattern.",
    };
    const confidence = confidenceFromWord(metadata.confidence, 0.7);
    const id = `${ANALYSER}/${result.check_id}`;
    const range = rangeOf(result.start, result.end, lines);
    out.findings.push({
      ruleId: id,
      file: path,
      range,
      // A secrets rule's match is the secret: keep it out of every snippet.
      ...(isSecretFinding(cwe) ? { redact: [range] } : {}),
      severity: info.severity,
      category: info.category,
      title: info.title,
      description: `${result.extra.message} ${info.why}`.trim(),
      recommendation: info.howToFix,
      cwe,
      confidence,
      source: ANALYSER,
      ...(family === undefined ? {} : { family }),
    });
    if (!out.rules.has(id)) {
      out.rules.set(
        id,
        toolRuleMeta({
          analyser: ANALYSER,
          id,
          languages: [file?.language ?? languageOfPath(path)],
          info,
          description: result.extra.message,
          confidence,
          references: list(metadata.references),
        }),
      );
    }
  }
  const scanned = parsed.data.paths?.scanned;
  if (scanned !== undefined && files.length > 0) {
    const seen = new Set(scanned.map(repoPath));
    const unscanned = files
      .map((f) => f.path)
      .filter((path) => !seen.has(path) && !out.failedPaths.has(path));
    for (const path of unscanned) out.failedPaths.add(path);
    if (unscanned.length > 0) {
      out.notices.push({
        level: "info",
        analyser: ANALYSER,
        message: `semgrep did not scan ${unscanned.length} file${unscanned.length === 1 ? "" : "s"} (no configured rule for the language, or a .semgrepignore): ${unscanned.slice(0, 5).join(", ")}${unscanned.length > 5 ? ", …" : ""}`,
      });
    }
  }
  return out;
}

type SemgrepPosition = z.infer<typeof positionSchema>;

function rangeOf(start: SemgrepPosition, end: SemgrepPosition, lines: LineIndex | undefined): Range {
  const convert = (p: SemgrepPosition): Position => {
    if (lines === undefined) return { line: p.line, column: p.col };
    if (p.offset !== undefined && p.offset >= 0) return byteOffsetPosition(lines, p.offset);
    return { line: p.line, column: byteColumnToUtf16(lines.line(p.line), p.col) };
  };
  return { start: convert(start), end: convert(end) };
}

function list(value: string | readonly string[] | undefined): readonly string[] {
  return value === undefined ? [] : typeof value === "string" ? [value] : value;
}

function unique(values: ReadonlyArray<string | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined))];
}

/** "A03:2021 - Injection" → "A03:2021-Injection", the form RuleMeta uses. */
function owaspOf(values: readonly string[]): { owasp?: string } {
  const match = values.map((v) => /^(A\d{2}:\d{4})\s*-\s*(.+)$/.exec(v.trim())).find((m) => m !== null);
  return match?.[1] === undefined || match[2] === undefined ? {} : { owasp: `${match[1]}-${match[2]}` };
}

const LANGUAGE_BY_EXTENSION: Readonly<Record<string, Language>> = {
  ".py": "python",
  ".js": "javascript",
  ".jsx": "javascript",
  ".mjs": "javascript",
  ".cjs": "javascript",
  ".ts": "typescript",
  ".tsx": "tsx",
};

function languageOfPath(path: string): Language {
  return LANGUAGE_BY_EXTENSION[posix.extname(path)] ?? "text";
}
