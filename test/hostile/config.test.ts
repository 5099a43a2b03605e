import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cli, type CliResult } from "../support/cli-harness.js";
import { EXTERNAL_TOOLS_OFF, operatorHome, reviewJson } from "./hostile-support.js";

/**
 * The reviewed repository's `.codeguardian.yml` is data from an untrusted
 * author: capped, checked, bounded by the operator's limits, and whatever it
 * switches off is said in the report (docs/configuration.md).
 *
 * The operator's file (under a temporary XDG_CONFIG_HOME) turns the external
 * tools off, so each review runs only the built-in rules and stays fast.
 */

const WEAK_HASH =
  "import hashlib\n\ndef store(user, password):\n    user.pw_hash = hashlib.md5(password.encode()).hexdigest()\n";

interface JsonNotice {
  level: string;
  analyser: string;
  message: string;
  incomplete?: true;
}
interface JsonReport {
  completeness: string;
  findings: { ruleId: string; severity: string }[];
  notices: JsonNotice[];
  skipped: { path: string; reason: string }[];
  analysers: { id: string; status: string }[];
  disabledByRepository?: { analysers: string[]; rules: string[]; excludes: string[]; ignored: boolean };
}

const home = operatorHome("cg-hostile-config-");

let repo: string;
beforeEach(() => {
  repo = home.tree({ "app.py": WEAK_HASH });
  home.operatorConfig(EXTERNAL_TOOLS_OFF);
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

function repoConfig(text: string): string {
  const path = join(repo, ".codeguardian.yml");
  writeFileSync(path, `${text}\n`);
  return path;
}

const review = (...extra: string[]): Promise<CliResult & { report?: JsonReport }> =>
  reviewJson(repo, extra) as Promise<CliResult & { report?: JsonReport }>;

/** Node's warnings emitted while `fn` runs (a TimeoutOverflowWarning among them would be a bug). */
async function collectingWarnings<T>(fn: () => Promise<T>): Promise<{ value: T; warnings: string[] }> {
  const warnings: string[] = [];
  const listener = (warning: Error): void => void warnings.push(`${warning.name}: ${warning.message}`);
  process.on("warning", listener);
  try {
    const value = await fn();
    // Warnings are emitted on the next tick.
    await new Promise((resolve) => setImmediate(resolve));
    return { value, warnings };
  } finally {
    process.off("warning", listener);
  }
}

/** Terminal text with its wrapping undone. */
const oneLine = (text: string): string => text.replace(/\s+/g, " ");
const ruleIds = (report: JsonReport | undefined): string[] => (report?.findings ?? []).map((f) => f.ruleId);
const configNotices = (report: JsonReport | undefined): JsonNotice[] =>
  (report?.notices ?? []).filter((n) => n.analyser === "config");

describe("hostile repository config", () => {
  it("1.12: repository limits may lower the operator's, never raise them; huge values are refused", async () => {
    const padded = `${WEAK_HASH}${"# padding line to make the file larger than the limit\n".repeat(80)}`;
    writeFileSync(join(repo, "big.py"), padded);
    home.operatorConfig([...EXTERNAL_TOOLS_OFF, "limits:", "  max_file_bytes: 3000"]);

    // Control: no repository limits → the operator's 3000 bytes skip big.py.
    const control = await review();
    expect(control.report?.skipped).toContainEqual(
      expect.objectContaining({ path: "big.py", reason: "too-large", detail: expect.any(String) as string }),
    );
    expect(configNotices(control.report)).toEqual([]);

    // Lowering is honoured: 100 bytes skip app.py too.
    repoConfig("limits:\n  max_file_bytes: 100\n  analyser_timeout_seconds: 5");
    const lowered = await review();
    expect(lowered.report?.skipped.map((s) => s.path)).toEqual(["app.py", "big.py"]);
    expect(configNotices(lowered.report)).toEqual([]);

    // Raising within the maxima: the operator's value is kept, and a warning names the key and the value kept.
    repoConfig(
      "limits:\n  max_file_bytes: 5000000\n  max_line_length: 500000\n  analyser_timeout_seconds: 3000",
    );
    const raised = await review();
    expect(raised.report?.skipped.map((s) => [s.path, s.reason])).toEqual([["big.py", "too-large"]]);
    const warnings = configNotices(raised.report).map((n) => [n.level, n.message]);
    expect(warnings).toEqual([
      [
        "warning",
        expect.stringMatching(/"limits\.max_file_bytes: 5000000" would raise .*; kept 3000/) as string,
      ],
      [
        "warning",
        expect.stringMatching(/"limits\.max_line_length: 500000" would raise .*; kept 1000/) as string,
      ],
      [
        "warning",
        expect.stringMatching(/"limits\.analyser_timeout_seconds: 3000" would raise .*; kept 300/) as string,
      ],
    ]);
    expect(ruleIds(raised.report)).toEqual(["py/weak-hash"]);

    // The red-team values: refused with exit 2 naming the file and key, before any timer is set.
    const path = repoConfig(
      "limits:\n  max_file_bytes: 100000000000\n  max_line_length: 100000000000\n  analyser_timeout_seconds: 100000000",
    );
    const { value: huge, warnings: nodeWarnings } = await collectingWarnings(() => review());
    expect(huge.code).toBe(2);
    expect(huge.stderr).toContain(`${path}: key "limits.max_file_bytes"`);
    expect(huge.stdout).toBe("");
    expect(nodeWarnings.filter((w) => w.includes("TimeoutOverflow"))).toEqual([]);

    // The operator's own values have maxima too.
    home.operatorConfig([...EXTERNAL_TOOLS_OFF, "limits:", "  analyser_timeout_seconds: 100000000"]);
    rmSync(path);
    const operatorHuge = await review();
    expect(operatorHuge.code).toBe(2);
    expect(operatorHuge.stderr).toMatch(/config\.yml: key "limits\.analyser_timeout_seconds": .*3600/);
  });

  it("2.4: __proto__, constructor and prototype keys are refused by path; toString is an unknown id", async () => {
    // Control: a real analyser id is accepted and switches it off.
    repoConfig("analysers:\n  rules: { enabled: false }\n  bandit: { enabled: false }");
    const control = await review("--allow-incomplete");
    expect(control.report?.disabledByRepository?.analysers).toEqual(["rules"]);

    const cases = [
      ["analysers:\n  __proto__: { command: /tmp/marker, enabled: true }", "analysers.__proto__"],
      ["rules:\n  __proto__: { enabled: false }", "rules.__proto__"],
      ["analysers:\n  constructor: { enabled: false }", "analysers.constructor"],
      ["include: ['a']\nllm:\n  prototype: 1", "llm.prototype"],
    ] as const;
    for (const [text, key] of cases) {
      const path = repoConfig(text);
      const result = await review();
      expect(result.code, text).toBe(2);
      expect(result.stderr, text).toContain(`${path}: key "${key}" is not allowed`);
      expect(result.stdout, text).toBe("");
    }

    // toString is no prototype key: an unknown analyser (error, as before) and an unknown rule (warning, no effect).
    repoConfig("analysers:\n  toString: { enabled: false }");
    const analyser = await review();
    expect(analyser.code).toBe(2);
    expect(analyser.stderr).toContain('unknown analyser "toString"');
    repoConfig("rules:\n  toString: off");
    const rule = await review();
    expect(ruleIds(rule.report)).toEqual(["py/weak-hash"]);
    expect(configNotices(rule.report).map((n) => n.message)).toEqual([
      expect.stringMatching(/unknown rule toString under "rules"/) as string,
    ]);

    // The operator's file is checked the same way.
    rmSync(join(repo, ".codeguardian.yml"));
    home.operatorConfig(["analysers:", "  __proto__: { enabled: false }"]);
    const operator = await review();
    expect(operator.code).toBe(2);
    expect(operator.stderr).toContain('config.yml: key "analysers.__proto__" is not allowed');
  });

  it("2.6: a billion-laughs config is a config error (exit 2) naming the file, never an internal one", async () => {
    // Control: a few aliases are fine.
    repoConfig("rules:\n  py/weak-hash: &quiet low\n  py/sql-injection: *quiet");
    const control = await review("--fail-on", "low");
    expect(control.code).toBe(1);
    expect(ruleIds(control.report)).toEqual(["py/weak-hash"]);
    expect(control.report?.findings.map((f) => f.severity)).toEqual(["low"]);

    const levels = ["a: &a ['lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol']"];
    const names = "abcdefghi";
    for (let i = 1; i < names.length; i++) {
      const prev = `*${names[i - 1]}`;
      levels.push(`${names[i]}: &${names[i]} [${Array(9).fill(prev).join(", ")}]`);
    }
    const path = repoConfig(`include:\n  - ${levels.map((l) => `{ ${l} }`).join("\n  - ")}`);
    const result = await review();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${path}: not a usable YAML config`);
    expect(result.stderr).toMatch(/alias/i);
    expect(result.stderr).not.toMatch(/internal error/i);

    // Deep nesting likewise (exit 2, the key path named).
    repoConfig(`include: ${"[".repeat(12)}${"]".repeat(12)}`);
    const deep = await review();
    expect(deep.code).toBe(2);
    expect(deep.stderr).toMatch(/key "include\.0\.0\.0\.0\.0\.0\.0\.0(\.0)*" is nested deeper than 8 levels/);
  });

  it("2.10: an unknown rule id is a warning naming the nearest known id, never silent", async () => {
    // Control: the real id switches the rule off, and the report says the repository did it.
    repoConfig("rules:\n  py/weak-hash: off");
    const control = await review();
    expect(ruleIds(control.report)).toEqual([]);
    expect(configNotices(control.report)).toEqual([]);
    expect(control.report?.disabledByRepository).toEqual({
      analysers: [],
      rules: ["py/weak-hash"],
      excludes: [],
      ignored: false,
    });

    const path = repoConfig("rules:\n  py/weak-hashh: off\n  bandit/B999: low");
    const typo = await review();
    expect(ruleIds(typo.report)).toEqual(["py/weak-hash"]);
    // A misspelt id switches nothing off, so the report does not claim it did.
    expect(typo.report?.disabledByRepository).toBeUndefined();
    expect(configNotices(typo.report).map((n) => [n.level, n.message])).toEqual([
      [
        "warning",
        `${path}: unknown rule py/weak-hashh under "rules" (did you mean py/weak-hash?); the setting has no effect`,
      ],
    ]);
    const terminal = await cli(["review", repo, "--no-store", "--format", "terminal"], repo);
    expect(oneLine(terminal.stdout)).toContain(
      'unknown rule py/weak-hashh under "rules" (did you mean py/weak-hash?)',
    );
  });

  it("2.13: a repository that disables every analyser or excludes every file gets an incomplete review saying so", async () => {
    // Control: no repository config → the finding, exit 0 (medium is below fail_on high), nothing disabled.
    const control = await review();
    expect(control.code).toBe(0);
    expect(control.report?.completeness).toBe("complete");
    expect(ruleIds(control.report)).toEqual(["py/weak-hash"]);
    expect(control.report?.disabledByRepository).toBeUndefined();

    // Every analyser the operator left on (only the rules here) switched off by the repository.
    const path = repoConfig("analysers:\n  rules: { enabled: false }");
    const off = await review();
    expect(off.code).toBe(4);
    expect(off.report?.completeness).toBe("incomplete");
    expect(configNotices(off.report)).toEqual([
      {
        level: "error",
        analyser: "config",
        message: `no analyser ran: the repository's config (${path}) disabled rules`,
        incomplete: true,
      },
    ]);
    const markdown = await cli(["review", repo, "--no-store", "--format", "markdown"], repo);
    expect(markdown.stdout).toContain("**disabled by the repository: rules**");
    const sarif = await cli(["review", repo, "--no-store", "--format", "sarif"], repo);
    const run = (
      JSON.parse(sarif.stdout) as {
        runs: {
          invocations: { toolConfigurationNotifications?: { message: { text: string } }[] }[];
          properties: { disabledByRepository?: unknown };
        }[];
      }
    ).runs[0];
    expect(run?.invocations[0]?.toolConfigurationNotifications?.map((n) => n.message.text)).toEqual([
      "disabled by the repository: rules",
    ]);
    expect(run?.properties.disabledByRepository).toEqual({
      analysers: ["rules"],
      rules: [],
      excludes: [],
      ignored: false,
    });
    expect(markdown.stdout).toContain("no analyser ran: the repository");

    // Excludes that leave no file, while the operator's config would review app.py and the config file itself.
    repoConfig("exclude: ['**/*']");
    const excluded = await review();
    expect(excluded.code).toBe(4);
    expect(excluded.report?.disabledByRepository?.excludes).toEqual(["**/*"]);
    expect(configNotices(excluded.report).map((n) => n.message)).toEqual([
      `no file reviewed: the repository's config (${path}) removed every file (2 reviewable under the operator's paths and limits alone)`,
    ]);
    const terminal = await cli(["review", repo, "--no-store", "--format", "terminal"], repo);
    expect(oneLine(terminal.stdout)).toContain("Repository disabled by the repository: exclude **/*");

    // An exclude that leaves files is recorded but the review is complete.
    writeFileSync(join(repo, "other.py"), "print('hello')\n");
    repoConfig("exclude: ['other.py']");
    const partial = await review();
    expect(partial.code).toBe(0);
    expect(partial.report?.disabledByRepository?.excludes).toEqual(["other.py"]);

    // The operator's repository.may_disable: false ignores all of it, and the report says so.
    home.operatorConfig([...EXTERNAL_TOOLS_OFF, "repository:", "  may_disable: false"]);
    repoConfig("analysers:\n  rules: { enabled: false }\nrules:\n  py/weak-hash: off\nexclude: ['**/*']");
    const kept = await review();
    expect(kept.code).toBe(0);
    expect(ruleIds(kept.report)).toEqual(["py/weak-hash"]);
    expect(kept.report?.disabledByRepository).toEqual({
      analysers: ["rules"],
      rules: ["py/weak-hash"],
      excludes: ["**/*"],
      ignored: true,
    });
    const html = await cli(["review", repo, "--no-store", "--format", "html"], repo);
    expect(html.stdout).toContain("ignored the repository&#39;s disables: rules, py/weak-hash, exclude **/*");

    // ...and a repository may not set that key itself.
    home.operatorConfig(EXTERNAL_TOOLS_OFF);
    repoConfig("repository:\n  may_disable: true");
    const self = await review();
    expect(self.code).toBe(2);
    expect(self.stderr).toContain('key "repository" may only be set by the operator');
  });
});
