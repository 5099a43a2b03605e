/**
 * Reviews one project of the false-positive set with the real CLI in a child
 * process (`bin/codeguardian.js review <dir> --format json --no-store --out
 * <file>`), as a user would, and reads back the JSON report. External tools
 * are off unless asked for, through an operator config file under a private
 * XDG_CONFIG_HOME (as bench/hostile.ts does), so the user's own config and
 * data directory are neither read nor written.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { z } from "zod";
import { SEVERITIES } from "../../src/core/severity.js";
import type { ReportedFinding } from "./fp-figures.js";

const BIN = join(import.meta.dirname, "..", "..", "bin", "codeguardian.js");

const report = z.object({
  // JSON schema 2.0.0: `state` (finished, failed …) and `completeness` replace the old `status`.
  state: z.string(),
  completeness: z.string(),
  durationMs: z.number(),
  files: z.object({ analysed: z.number(), lines: z.number(), productionLines: z.number().optional() }),
  findings: z.array(
    z.object({
      fingerprint: z.string(),
      ruleId: z.string(),
      file: z.string(),
      range: z.object({ start: z.object({ line: z.number() }) }),
      severity: z.enum(SEVERITIES),
      title: z.string(),
      description: z.string(),
      cwe: z.array(z.string()),
      nonProduction: z.object({ kind: z.string(), reason: z.string() }).optional(),
    }),
  ),
  analysers: z.array(z.object({ id: z.string(), status: z.string(), durationMs: z.number() })),
  notices: z.array(z.object({ message: z.string() })),
  skipped: z.array(z.object({ path: z.string(), reason: z.string() })),
});

export interface ReviewRun {
  readonly status: string;
  readonly exitCode: number;
  readonly seconds: number;
  readonly reviewSeconds: number;
  readonly filesAnalysed: number;
  /** The report's production lines: present when the product classified the files. */
  readonly productionLines?: number;
  readonly findings: readonly ReportedFinding[];
  readonly analysers: readonly string[];
  readonly notices: number;
  readonly skipped: number;
}

/**
 * Which external tools run: none (the built-in rules alone), the defaults of
 * docs/configuration.md unchanged, or every installed tool, pylint too
 * although it is off by default, so docs/tools.md can weigh each one.
 */
export type ToolMode = "off" | "defaults" | "all";

function operatorConfig(configHome: string, tools: ToolMode): void {
  const path = join(configHome, "codeguardian", "config.yml");
  mkdirSync(dirname(path), { recursive: true });
  const lines = ["# written by bench/lib/fp-review.ts"];
  // The operator's choice for these libraries: dist/ holds bundles built from their own sources
  // (axios, koa) and build/ their build scripts (fastify), as docs/benchmarks.md's path list says.
  lines.push("non_production:", "  paths: [dist/, build/]");
  if (tools !== "defaults") {
    lines.push("analysers:");
    for (const tool of ["bandit", "pylint", "eslint"]) lines.push(`  ${tool}: {enabled: ${tools === "all"}}`);
    if (tools === "off") lines.push("  semgrep: {enabled: false}");
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
}

/**
 * `keepReport`: where to copy the full JSON report (for the tool and score
 * tables, which need more fields than this run returns).
 */
export function reviewProject(
  dir: string,
  tools: ToolMode,
  keepReport?: string,
  timeoutSeconds = 1800,
): ReviewRun {
  const work = mkdtempSync(join(tmpdir(), "cg-fp-set-"));
  try {
    operatorConfig(join(work, "config"), tools);
    const out = join(work, "review.json");
    const started = performance.now();
    const child = spawnSync(
      process.execPath,
      [BIN, "review", dir, "--format", "json", "--no-store", "--llm", "off", "--out", out],
      {
        cwd: dir,
        encoding: "utf8",
        maxBuffer: 1 << 26,
        timeout: timeoutSeconds * 1000,
        env: { ...process.env, XDG_CONFIG_HOME: join(work, "config"), XDG_DATA_HOME: join(work, "data") },
      },
    );
    const seconds = (performance.now() - started) / 1000;
    // Exit 1 only says findings at or above --fail-on were reported; exit 4
    // that an analyser failed or timed out, which the report's analysers show.
    if (child.error || (child.status !== 0 && child.status !== 1 && child.status !== 4)) {
      const why = child.error?.message ?? child.stderr.trim().split("\n").slice(-3).join(" | ");
      throw new Error(`review of ${dir} failed (exit ${child.status}): ${why}`);
    }
    const text = readFileSync(out, "utf8");
    if (keepReport !== undefined) writeFileSync(keepReport, text);
    const parsed = report.safeParse(JSON.parse(text));
    if (!parsed.success)
      throw new Error(`review of ${dir}: unexpected JSON report: ${parsed.error.issues[0]?.message ?? ""}`);
    const r = parsed.data;
    return {
      status: `${r.state}, ${r.completeness}`,
      exitCode: child.status ?? -1,
      seconds,
      reviewSeconds: r.durationMs / 1000,
      filesAnalysed: r.files.analysed,
      ...(r.files.productionLines === undefined ? {} : { productionLines: r.files.productionLines }),
      findings: r.findings.map((f) => ({
        fingerprint: f.fingerprint,
        ruleId: f.ruleId,
        file: f.file,
        line: f.range.start.line,
        severity: f.severity,
        title: f.title,
        description: f.description,
        cwe: f.cwe,
        ...(r.files.productionLines === undefined ? {} : { production: f.nonProduction === undefined }),
      })),
      analysers: r.analysers.map((a) => `${a.id} ${a.status} ${(a.durationMs / 1000).toFixed(1)} s`),
      notices: r.notices.length,
      skipped: r.skipped.length,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
