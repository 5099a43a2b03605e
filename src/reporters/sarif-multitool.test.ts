import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Log } from "sarif";
import { afterAll, describe, expect, it } from "vitest";
import { cleanReview, sampleReview } from "../../test/support/sample-review.js";
import { renderSarif } from "./sarif.js";

/**
 * Microsoft's own SARIF validator (the .NET Sarif.Multitool shipped in
 * @microsoft/sarif-multitool-linux), with its SARIF rules and its GitHub
 * Advanced Security ("GH") rules. It is called directly, not through the npm
 * wrapper, which runs it through a shell that splits the ";" in arguments.
 */
const require = createRequire(import.meta.url);
const multitool = join(
  dirname(require.resolve("@microsoft/sarif-multitool-linux/package.json")),
  "Sarif.Multitool",
);
const workDir = mkdtempSync(join(tmpdir(), "codeguardian-sarif-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function multitoolFindings(name: string, sarif: string): { level: string; rule: string; text: string }[] {
  const input = join(workDir, `${name}.sarif`);
  const output = join(workDir, `${name}.validation.sarif`);
  writeFileSync(input, sarif);
  const run = spawnSync(
    multitool,
    [
      "validate",
      input,
      "--output",
      output,
      "--log",
      "ForceOverwrite",
      "--level",
      "Error;Warning;Note",
      "--rule-kind",
      "Sarif;Gh",
    ],
    { encoding: "utf8", timeout: 120_000 },
  );
  expect(run.error).toBeUndefined();
  expect(run.status, run.stdout + run.stderr).toBe(0);
  const log = JSON.parse(readFileSync(output, "utf8")) as Log;
  return (log.runs[0]?.results ?? []).map((r) => ({
    level: r.level ?? "warning",
    rule: r.ruleId ?? "",
    text: JSON.stringify(r.message),
  }));
}

describe.runIf(existsSync(multitool))("Sarif.Multitool validate", () => {
  it.each([
    { name: "sample", review: sampleReview },
    { name: "clean", review: cleanReview },
  ])("finds no error or warning in the $name log", ({ name, review }) => {
    const findings = multitoolFindings(name, renderSarif(review));
    expect(findings.filter((f) => f.level === "error" || f.level === "warning")).toEqual([]);
  });

  it("does flag a log that breaks GitHub's rules, so a pass means something", () => {
    const log = JSON.parse(renderSarif(sampleReview)) as Log;
    for (const rule of log.runs[0]?.tool.driver.rules ?? []) delete rule.fullDescription;
    const findings = multitoolFindings("broken", JSON.stringify(log));
    expect(findings.filter((f) => f.level === "error").map((f) => f.rule)).toContain("GH2012");
  });
});
