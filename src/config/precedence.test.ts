import { describe, expect, it } from "vitest";
import type { ConfigInput } from "../core/config.js";
import { CodeGuardianError } from "../core/errors.js";
import { validateConfig } from "./parse-config.js";
import { resolveConfig, type ConfigLayer } from "./resolve-config.js";

const repository = (input: ConfigInput): ConfigLayer => ({
  source: ".codeguardian.yml",
  input,
  trust: "repository",
});
const project = (input: ConfigInput): ConfigLayer => ({
  source: "project settings",
  input,
  trust: "project",
});
const operator = (input: ConfigInput): ConfigLayer => ({ source: "config.yml", input });
const warnings = (layers: ConfigLayer[]): string[] => resolveConfig(layers).notices.map((n) => n.message);

describe("precedence: defaults < repository < project settings < operator", () => {
  it("each layer wins over the ones before it, key by key", () => {
    const config = resolveConfig([
      repository({ fail_on: "medium", min_confidence: 0.7, formats: ["markdown"] }),
      project({ fail_on: "critical", formats: ["json"] }),
      operator({ formats: ["sarif"] }),
    ]);
    expect(config.failOn).toBe("critical");
    expect(config.minConfidence).toBe(0.7);
    expect(config.formats).toEqual(["sarif"]);
  });

  it("a key no layer above sets keeps the repository's value", () => {
    expect(resolveConfig([repository({ fail_on: "low" }), operator({ formats: ["json"] })]).failOn).toBe(
      "low",
    );
  });

  it("the defaults stand when nobody sets a key", () => {
    expect(resolveConfig([repository({}), project({}), operator({})]).failOn).toBe("high");
  });
});

describe("locks: a repository may only make a locked key stricter", () => {
  it("keeps a stricter fail_on even where the operator set one, and drops a looser one with a warning", () => {
    const locked: ConfigInput = { fail_on: "high", repository: { locked: ["fail_on"] } };
    expect(resolveConfig([repository({ fail_on: "low" }), operator(locked)]).failOn).toBe("low");
    const looser = [repository({ fail_on: "none" }), operator(locked)];
    expect(resolveConfig(looser).failOn).toBe("high");
    expect(warnings(looser)).toEqual([expect.stringContaining('"fail_on" is locked')]);
  });

  it("without a lock the operator's value simply wins", () => {
    expect(resolveConfig([repository({ fail_on: "low" }), operator({ fail_on: "high" })]).failOn).toBe(
      "high",
    );
  });

  it("a locked analyser or rule cannot be switched off or lowered; it can be raised", () => {
    const layers = [
      repository({
        analysers: { bandit: { enabled: false } },
        rules: { "py/sql-injection": "off", "py/weak-hash": "low", "py/xss": "critical" },
      }),
      project({
        rules: { "py/weak-hash": "high", "py/xss": "high" },
        repository: { locked: ["analysers.bandit", "rules"] },
      }),
    ];
    const config = resolveConfig(layers);
    expect(config.analysers.bandit?.enabled).toBe(true);
    expect(config.rules["py/sql-injection"]).toBeUndefined();
    expect(config.rules["py/weak-hash"]).toEqual({ enabled: true, severity: "high" });
    // Raised by the repository, then the project's own "high" wins by precedence.
    expect(config.rules["py/xss"]).toEqual({ enabled: true, severity: "high" });
    expect(warnings(layers)).toHaveLength(3);
    expect(config.repository.disabled).toBeUndefined();
  });

  it("locks add up: a project's settings cannot unlock what the operator locked", () => {
    const config = resolveConfig([
      repository({ exclude: ["src/**"] }),
      project({ repository: { locked: [] } }),
      operator({ repository: { locked: ["exclude"] } }),
    ]);
    expect(config.exclude).toEqual([]);
    expect(config.repository.locked).toEqual(["exclude"]);
  });

  it("limits need no lock: a lower one always holds, a higher one never does", () => {
    const config = resolveConfig([
      repository({ limits: { max_file_bytes: 500, max_line_length: 5000 } }),
      operator({ limits: { max_file_bytes: 4000 } }),
    ]);
    expect(config.limits.maxFileBytes).toBe(500);
    expect(config.limits.maxLineLength).toBe(1000);
  });

  it("refuses a lock on a key that cannot be locked, and a repository that tries to lock anything", () => {
    expect(() => validateConfig({ repository: { locked: ["llm"] } }, "config.yml", "operator")).toThrow(
      /cannot be locked/,
    );
    expect(() =>
      validateConfig({ repository: { locked: ["fail_on"] } }, ".codeguardian.yml", "repository"),
    ).toThrow(CodeGuardianError);
    expect(validateConfig({ repository: { locked: ["fail_on"] } }, "project settings", "project")).toEqual({
      repository: { locked: ["fail_on"] },
    });
    expect(() =>
      validateConfig({ llm: { provider: "openai:gpt-4.1" } }, "project settings", "project"),
    ).toThrow(/may only be set by the operator/);
  });
});
