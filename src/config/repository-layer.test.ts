import { describe, expect, it } from "vitest";
import { resolveConfig, type ConfigLayer } from "./resolve-config.js";

const repo = (input: ConfigLayer["input"]): ConfigLayer => ({
  source: "repo/.codeguardian.yml",
  input,
  trust: "repository",
});

describe("a repository layer is bounded by the operator's layers", () => {
  it("may lower limits; raising keeps the operator's value with a warning naming the key", () => {
    const lowered = resolveConfig([
      repo({ limits: { max_file_bytes: 1000, max_line_length: 200, analyser_timeout_seconds: 5 } }),
    ]);
    expect(lowered.limits).toMatchObject({
      maxFileBytes: 1000,
      maxLineLength: 200,
      analyserTimeoutSeconds: 5,
    });
    expect(lowered.notices).toEqual([]);

    const raised = resolveConfig([
      { source: "user", input: { limits: { max_file_bytes: 4096 } } },
      repo({
        limits: { max_file_bytes: 5_000_000, analyser_timeout_seconds: 900 },
        analysers: { bandit: { timeout_seconds: 600 } },
      }),
    ]);
    expect(raised.limits).toMatchObject({ maxFileBytes: 4096, analyserTimeoutSeconds: 300 });
    expect(raised.analysers.bandit?.timeoutSeconds).toBe(300);
    expect(raised.notices.map((n) => [n.level, n.analyser, n.message])).toEqual([
      [
        "warning",
        "config",
        'repo/.codeguardian.yml: "limits.max_file_bytes: 5000000" would raise the operator\'s limit; kept 4096 (a repository may only lower limits)',
      ],
      ["warning", "config", expect.stringContaining('"limits.analyser_timeout_seconds: 900"') as string],
      ["warning", "config", expect.stringContaining('"analysers.bandit.timeout_seconds: 600"') as string],
    ]);
  });

  it("a lowered limit holds even where the operator's environment set its own", () => {
    const config = resolveConfig([
      repo({ limits: { max_file_bytes: 1000 } }),
      { source: "environment", input: { limits: { max_file_bytes: 8000 } } },
    ]);
    // The ceiling is the operator's 8000; the repository asked for less work, which always holds.
    expect(config.limits.maxFileBytes).toBe(1000);
    expect(config.notices).toEqual([]);
  });

  it("records the analysers and rules it switched off and the excludes it added", () => {
    const config = resolveConfig([
      {
        source: "user",
        input: {
          exclude: ["vendor/**"],
          rules: { "py/a": "off" },
          analysers: { pylint: { enabled: false } },
        },
      },
      repo({
        exclude: ["vendor/**", "src/**"],
        rules: { "py/a": "off", "py/b": false, "py/c": { enabled: false, severity: "low" }, "py/d": "low" },
        analysers: { bandit: { enabled: false }, pylint: { enabled: false }, eslint: { enabled: true } },
      }),
    ]);
    expect(config.repository.file).toBe("repo/.codeguardian.yml");
    expect(config.repository.disabled).toEqual({
      analysers: ["bandit"],
      rules: ["py/b", "py/c"],
      excludes: ["src/**"],
    });
    expect(config.analysers.bandit?.enabled).toBe(false);
    expect(config.rules["py/b"]).toEqual({ enabled: false });
    expect(config.exclude).toEqual(["vendor/**", "src/**"]);
  });

  it("with the operator's repository.may_disable: false the disables are recorded but not applied", () => {
    const config = resolveConfig([
      { source: "user", input: { exclude: ["vendor/**"], repository: { may_disable: false } } },
      repo({
        exclude: ["**/*"],
        rules: { "py/b": "off", "py/c": { enabled: false, severity: "low" }, "py/d": "info" },
        analysers: { rules: { enabled: false, timeout_seconds: 10 } },
      }),
    ]);
    expect(config.repository.mayDisable).toBe(false);
    expect(config.repository.disabled).toEqual({
      analysers: ["rules"],
      rules: ["py/b", "py/c"],
      excludes: ["**/*"],
    });
    expect(config.analysers.rules).toMatchObject({ enabled: true, timeoutSeconds: 10 });
    expect(config.rules["py/b"]).toBeUndefined();
    expect(config.rules["py/c"]).toEqual({ enabled: true, severity: "low" });
    expect(config.rules["py/d"]).toEqual({ enabled: true, severity: "info" });
    expect(config.exclude).toEqual(["vendor/**"]);
  });

  it("records nothing without a repository layer or when it disables nothing", () => {
    expect(
      resolveConfig([{ source: "user", input: { rules: { "py/a": "off" } } }]).repository.disabled,
    ).toBeUndefined();
    expect(resolveConfig([repo({ rules: { "py/a": "low" } })]).repository.disabled).toBeUndefined();
  });
});

describe("ids are looked up as own keys only", () => {
  it("a resolved map has no prototype to answer for constructor or toString", () => {
    const config = resolveConfig([repo({ rules: { "py/a": "off" } })]);
    expect(Object.getPrototypeOf(config.rules)).toBeNull();
    for (const id of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      expect(config.rules[id]).toBeUndefined();
      expect(config.analysers[id]).toBeUndefined();
    }
  });

  it("an analyser id inherited from Object.prototype is unknown", () => {
    expect(() => resolveConfig([repo({ analysers: { toString: { enabled: false } } })])).toThrow(
      /unknown analyser "toString"/,
    );
  });
});

describe("unknown rule ids", () => {
  const ruleIds = new Set(["py/weak-hash", "py/sql-injection"]);

  it("warn with the nearest known id; tools' own ids pass", () => {
    const config = resolveConfig(
      [
        repo({
          rules: { "py/weak-hashh": "off", "bandit/B303": "low", "eslint/no-eval": "off", "zz/none": "off" },
        }),
      ],
      { ruleIds },
    );
    expect(config.notices.map((n) => n.message)).toEqual([
      'repo/.codeguardian.yml: unknown rule py/weak-hashh under "rules" (did you mean py/weak-hash?); the setting has no effect',
      'repo/.codeguardian.yml: unknown rule zz/none under "rules"; the setting has no effect',
    ]);
    // Unknown ids disable nothing, so only the tool rule counts as switched off.
    expect(config.repository.disabled?.rules).toEqual(["eslint/no-eval"]);
  });

  it("are checked in the operator's layers too", () => {
    const config = resolveConfig([{ source: "user.yml", input: { rules: { "py/sql-injectoin": "off" } } }], {
      ruleIds,
    });
    expect(config.notices.map((n) => n.message)).toEqual([
      'user.yml: unknown rule py/sql-injectoin under "rules" (did you mean py/sql-injection?); the setting has no effect',
    ]);
  });
});
