import { describe, expect, it } from "vitest";
import { DEFAULT_RULE_SETTINGS } from "../core/config.js";
import { CodeGuardianError } from "../core/errors.js";
import { configFromEnv } from "./env-config.js";
import { parseConfigText } from "./parse-config.js";
import { resolveConfig } from "./resolve-config.js";

function errorOf(fn: () => unknown): CodeGuardianError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CodeGuardianError) return error;
    throw error;
  }
  throw new Error("expected an error");
}

describe("parseConfigText", () => {
  it("accepts a full repository config", () => {
    const input = parseConfigText(
      [
        "include: ['src/**']",
        "exclude: ['**/migrations/**']",
        "fail_on: medium",
        "formats: [terminal, sarif]",
        "rules:",
        "  py/eval-injection: off",
        "  py/weak-hash: low",
        "analysers:",
        "  bandit: { enabled: false }",
        "limits: { max_file_bytes: 2000000 }",
        "llm: { agents: [security] }",
      ].join("\n"),
      ".codeguardian.yml",
      "repository",
    );
    expect(input.fail_on).toBe("medium");
    expect(input.rules?.["py/eval-injection"]).toBe("off");
  });

  it.each([
    { name: "broken YAML", text: "fail_on: [high", message: /\.codeguardian\.yml:\d+:\d+: not valid YAML/ },
    { name: "unknown key", text: "fail_onn: high", message: /unknown key "fail_onn"/ },
    {
      name: "nested unknown key",
      text: "limits:\n  max_bytes: 3",
      message: /unknown key "limits.max_bytes"/,
    },
    { name: "bad enum", text: "fail_on: severe", message: /key "fail_on": .*expected one of/ },
    { name: "wrong type", text: "include: src", message: /key "include": .*expected array/ },
    { name: "not a mapping", text: "- a\n- b", message: /expected a mapping/ },
  ])("$name → clear error naming the file and key, exit 2", ({ text, message }) => {
    const error = errorOf(() => parseConfigText(text, ".codeguardian.yml", "repository"));
    expect(error.message).toMatch(message);
    expect(error.exitCode).toBe(2);
  });

  it.each([
    "llm:\n  provider: openai:gpt-4.1",
    "llm:\n  base_url: http://evil",
    "llm:\n  models:\n    security: openai-compatible:attacker-model",
    'llm:\n  prices:\n    "openai:gpt-4.1": 0',
    "analysers:\n  eslint:\n    use_project_config: true",
    "non_production:\n  enabled: false",
    "non_production:\n  max_severity: critical",
    "analysers:\n  bandit:\n    command: /tmp/x",
  ])("refuses operator-only key in a repository config: %s", (text) => {
    const error = errorOf(() => parseConfigText(text, "repo/.codeguardian.yml", "repository"));
    expect(error.code).toBe("CG_CONFIG_OPERATOR_ONLY");
    expect(error.message).toMatch(/may only be set by the operator/);
    expect(error.exitCode).toBe(2);
  });

  it("refuses repository.may_disable in a repository config; the operator may set it", () => {
    const error = errorOf(() => parseConfigText("repository:\n  may_disable: true", "r.yml", "repository"));
    expect(error.code).toBe("CG_CONFIG_OPERATOR_ONLY");
    expect(error.message).toMatch(/key "repository" may only be set by the operator/);
    expect(parseConfigText("repository:\n  may_disable: false", "u.yml", "operator").repository).toEqual({
      may_disable: false,
    });
  });

  it("lets the operator set them", () => {
    expect(
      parseConfigText("llm:\n  provider: openai:gpt-4.1", "~/.config/codeguardian/config.yml", "operator").llm
        ?.provider,
    ).toBe("openai:gpt-4.1");
  });
});

describe("config data is capped and checked in every layer", () => {
  const billionLaughs = (levels: number): string => {
    const lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (let i = 1; i < levels; i++)
      lines.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(", ")}]`,
      );
    return `include:\n${lines.map((l) => `  - { ${l} }`).join("\n")}`;
  };

  it.each(["repository", "operator"] as const)("aliases past the cap are a config error (%s)", (trust) => {
    const error = errorOf(() => parseConfigText(billionLaughs(9), "c.yml", trust));
    expect(error.code).toBe("CG_CONFIG_INVALID");
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(/^c\.yml: not a usable YAML config: .*alias/i);
  });

  it("a few aliases are fine", () => {
    const input = parseConfigText("rules:\n  py/a: &low low\n  py/b: *low", "c.yml", "repository");
    expect(input.rules).toEqual({ "py/a": "low", "py/b": "low" });
  });

  it("nesting past the cap names the key path", () => {
    const error = errorOf(() =>
      parseConfigText(`exclude: ${"[".repeat(10)}${"]".repeat(10)}`, "c.yml", "operator"),
    );
    expect(error.message).toBe('c.yml: key "exclude.0.0.0.0.0.0.0.0" is nested deeper than 8 levels');
  });

  it.each([
    ["analysers:\n  __proto__: { command: /tmp/x }", "analysers.__proto__"],
    ["rules:\n  __proto__: { enabled: false }", "rules.__proto__"],
    ["analysers:\n  constructor: { enabled: false }", "analysers.constructor"],
    ["__proto__: { fail_on: none }", "__proto__"],
    ["llm:\n  budget:\n    prototype: 3", "llm.budget.prototype"],
    ["exclude:\n  - constructor: 1", "exclude.0.constructor"],
  ])("refuses a prototype key anywhere: %s", (text, key) => {
    for (const trust of ["repository", "operator"] as const) {
      const error = errorOf(() => parseConfigText(text, "c.yml", trust));
      expect(error.message).toBe(
        `c.yml: key "${key}" is not allowed (no setting is named "${key.split(".").pop()}")`,
      );
      expect(error.exitCode).toBe(2);
    }
  });

  it.each([
    ["limits:\n  max_file_bytes: 100000000000", "limits.max_file_bytes"],
    ["limits:\n  max_line_length: 100000000000", "limits.max_line_length"],
    ["limits:\n  analyser_timeout_seconds: 100000000", "limits.analyser_timeout_seconds"],
    ["limits:\n  clone_timeout_seconds: 3601", "limits.clone_timeout_seconds"],
    ["analysers:\n  bandit: { timeout_seconds: 3601 }", "analysers.bandit.timeout_seconds"],
  ])("limits have maxima for the operator too: %s", (text, key) => {
    const error = errorOf(() => parseConfigText(text, "u.yml", "operator"));
    expect(error.message).toMatch(new RegExp(`^u\\.yml: key "${key.replace(/\./g, "\\.")}": .*<=`));
  });

  it("the largest allowed values pass", () => {
    const input = parseConfigText(
      "limits:\n  max_file_bytes: 67108864\n  max_line_length: 1048576\n  analyser_timeout_seconds: 3600",
      "u.yml",
      "operator",
    );
    expect(input.limits?.analyser_timeout_seconds).toBe(3600);
  });
});

describe("resolveConfig precedence: defaults < user < repository < environment < flags", () => {
  it("later layers win key by key", () => {
    const config = resolveConfig([
      { source: "user", input: { fail_on: "critical", min_confidence: 0.7, rules: { "py/a": "low" } } },
      { source: "repo", input: { fail_on: "medium", rules: { "py/b": "off" } } },
      {
        source: "env",
        input: configFromEnv({ CODEGUARDIAN_FAIL_ON: "low", CODEGUARDIAN_FORMAT: "json, sarif" }),
      },
      { source: "flags", input: { formats: ["markdown"] } },
    ]);
    expect(config.failOn).toBe("low");
    expect(config.formats).toEqual(["markdown"]);
    expect(config.minConfidence).toBe(0.7);
    expect(config.rules).toEqual({
      ...DEFAULT_RULE_SETTINGS,
      "py/a": { enabled: true, severity: "low" },
      "py/b": { enabled: false },
    });
    expect(config.limits.maxFileBytes).toBe(1024 * 1024);
    expect(Object.isFrozen(config.rules)).toBe(true);
  });

  it("keeps the measured tool defaults (docs/tools.md) until a layer turns them back on", () => {
    const defaults = resolveConfig([]);
    expect(defaults.analysers.eslint?.enabled).toBe(false);
    expect(defaults.analysers.pylint?.enabled).toBe(false);
    expect(defaults.analysers.bandit?.enabled).toBe(true);
    expect(defaults.rules["bandit/B101"]).toEqual({ enabled: false });
    const back = resolveConfig([
      {
        source: "user",
        input: { analysers: { eslint: { enabled: true } }, rules: { "bandit/B101": { enabled: true } } },
      },
    ]);
    expect(back.analysers.eslint?.enabled).toBe(true);
    expect(back.rules["bandit/B101"]).toEqual({ enabled: true });
  });

  it("rejects an unknown analyser", () => {
    const error = errorOf(() =>
      resolveConfig([{ source: "repo.yml", input: { analysers: { banditt: { enabled: true } } } }]),
    );
    expect(error.message).toMatch(
      /repo.yml: unknown analyser "banditt" under "analysers" \(did you mean bandit\?\)/,
    );
  });

  it("rejects a bad environment value with the variable's source", () => {
    const error = errorOf(() => configFromEnv({ CODEGUARDIAN_FAIL_ON: "sometimes" }));
    expect(error.message).toMatch(/environment/);
  });
});
