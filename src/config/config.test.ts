import { describe, expect, it } from "vitest";
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
    "analysers:\n  eslint:\n    use_project_config: true",
    "analysers:\n  bandit:\n    command: /tmp/x",
  ])("refuses operator-only key in a repository config: %s", (text) => {
    const error = errorOf(() => parseConfigText(text, "repo/.codeguardian.yml", "repository"));
    expect(error.code).toBe("CG_CONFIG_OPERATOR_ONLY");
    expect(error.message).toMatch(/may only be set by the operator/);
    expect(error.exitCode).toBe(2);
  });

  it("lets the operator set them", () => {
    expect(
      parseConfigText("llm:\n  provider: openai:gpt-4.1", "~/.config/codeguardian/config.yml", "operator").llm
        ?.provider,
    ).toBe("openai:gpt-4.1");
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
    expect(config.rules).toEqual({ "py/a": { enabled: true, severity: "low" }, "py/b": { enabled: false } });
    expect(config.limits.maxFileBytes).toBe(1024 * 1024);
    expect(Object.isFrozen(config.rules)).toBe(true);
  });

  it("rejects an unknown analyser", () => {
    const error = errorOf(() =>
      resolveConfig([{ source: "repo.yml", input: { analysers: { banditt: { enabled: true } } } }]),
    );
    expect(error.message).toMatch(/repo.yml: unknown analyser "banditt"/);
  });

  it("rejects a bad environment value with the variable's source", () => {
    const error = errorOf(() => configFromEnv({ CODEGUARDIAN_FAIL_ON: "sometimes" }));
    expect(error.message).toMatch(/environment/);
  });
});
