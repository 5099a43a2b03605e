import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, FIXTURE_REPO, repoFrom } from "../support/cli-harness.js";

/**
 * The reports one real review of the fixture repository (not a hand-made
 * sample) writes into a directory: they validate against their schemas, ours
 * for JSON and the official SARIF 2.1.0 schema for SARIF.
 */
const require = createRequire(import.meta.url);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormatsModule.default(ajv);

let repo: { dir: string; cleanup: () => void };
let out: string;
let code: number;
beforeAll(async () => {
  repo = repoFrom(FIXTURE_REPO);
  out = join(repo.dir, "out");
  ({ code } = await cli(
    ["review", repo.dir, "-f", "sarif,markdown,html,json", "-o", out, "--no-store"],
    repo.dir,
  ));
});
afterAll(() => repo.cleanup());

describe("the reports one real review writes into a directory", () => {
  it("writes several formats into a directory, and the SARIF names relative URIs", () => {
    expect(code).toBe(1);
    const sarif = JSON.parse(readFileSync(join(out, "codeguardian-report.sarif"), "utf8")) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const uris = sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toContain("app/views.py");
    expect(uris.every((u) => !u.startsWith("/"))).toBe(true);
    expect(readFileSync(join(out, "codeguardian-report.html"), "utf8")).toMatch(/^<!doctype html>/i);
  });

  it("JSON matches schema/review-report.schema.json", () => {
    const schema = JSON.parse(
      readFileSync(join(import.meta.dirname, "..", "..", "schema", "review-report.schema.json"), "utf8"),
    ) as object;
    const validate = ajv.compile(schema);
    const report: unknown = JSON.parse(readFileSync(join(out, "codeguardian-report.json"), "utf8"));
    expect(validate(report), ajv.errorsText(validate.errors)).toBe(true);
  });

  it("SARIF matches the official SARIF 2.1.0 schema and carries what GitHub code scanning needs", () => {
    const schema = JSON.parse(
      readFileSync(require.resolve("@microsoft/sarif-multitool-linux/sarif-2.1.0.json"), "utf8"),
    ) as object;
    const validate = ajv.compile(schema);
    const sarif = JSON.parse(readFileSync(join(out, "codeguardian-report.sarif"), "utf8")) as {
      runs: {
        tool: { driver: { rules: { id: string; properties?: { tags?: string[] } }[] } };
        results: {
          ruleId: string;
          partialFingerprints?: Record<string, string>;
          locations: { physicalLocation: { region: { startLine: number } } }[];
        }[];
      }[];
    };
    expect(validate(sarif), ajv.errorsText(validate.errors)).toBe(true);
    const run = sarif.runs[0]!;
    const ruleIds = new Set(run.tool.driver.rules.map((r) => r.id));
    expect(run.results.length).toBeGreaterThan(5);
    for (const result of run.results) {
      expect(ruleIds.has(result.ruleId)).toBe(true);
      expect(Object.keys(result.partialFingerprints ?? {})).not.toHaveLength(0);
      expect(result.locations[0]!.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
    expect(
      run.tool.driver.rules.some((r) => r.properties?.tags?.some((t) => t.startsWith("external/cwe/cwe-"))),
    ).toBe(true);
  });
});
