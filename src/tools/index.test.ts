import { describe, expect, it } from "vitest";
import { KNOWN_ANALYSERS } from "../core/config.js";
import { Linter } from "eslint";
import { runProcess } from "../platform/process.js";
import { BANDIT_TABLE_IDS } from "./bandit/rule-table.js";
import { ESLINT_TABLE_IDS, eslintRuleSet } from "./eslint/rule-table.js";
import { createToolAnalysers } from "./index.js";
import { PYLINT_TABLE_IDS, pylintSymbol } from "./pylint/rule-table.js";

describe("createToolAnalysers", () => {
  it("creates one external analyser per tool the configuration knows", () => {
    const analysers = createToolAnalysers();
    expect(analysers.map((a) => [a.id, a.kind])).toEqual([
      ["bandit", "external"],
      ["pylint", "external"],
      ["eslint", "external"],
      ["semgrep", "external"],
    ]);
    for (const analyser of analysers) expect(Object.keys(KNOWN_ANALYSERS)).toContain(analyser.id);
  });

  it("passes operator settings through", async () => {
    const [bandit, , , semgrep] = createToolAnalysers({
      commands: { bandit: "codeguardian-no-such-bandit" },
    });
    expect(await bandit?.availability()).toMatch(/^bandit is not installed/);
    expect(await semgrep?.availability()).toMatch(/^semgrep has no rules configured/);
  });
});

describe("mapping tables against the installed tools", () => {
  it("bandit: every test the installed bandit has is in the table", async () => {
    const help = await runProcess("bandit", ["--help"], { timeoutMs: 30_000 });
    const installed = [...new Set(help.stdout.match(/\bB\d{3}\b/g) ?? [])].sort();
    expect(installed.length).toBeGreaterThan(60);
    expect(installed.filter((id) => !BANDIT_TABLE_IDS.includes(id))).toEqual([]);
  });

  it("pylint: every message in the table exists, except those of other pylint versions", async () => {
    const list = await runProcess("pylint", ["--list-msgs"], { timeoutMs: 30_000 });
    // Lines read ":eval-used (W0123): *Use of eval*".
    const installed = new Map(
      [...list.stdout.matchAll(/^:([a-z0-9-]+) \(([EW]\d{4})\)/gm)].map((m) => [m[2], m[1]]),
    );
    // W0703 (broad-except) was renamed W0718 in pylint 2.16; older pylints still report it.
    expect(PYLINT_TABLE_IDS.filter((id) => !installed.has(id))).toEqual(["W0703"]);
    const wrongSymbols = PYLINT_TABLE_IDS.filter(
      (id) => installed.has(id) && installed.get(id) !== pylintSymbol(id),
    );
    expect(wrongSymbols).toEqual([]);
  });

  it("eslint: every rule in the table is an ESLint core rule, and all are switched on", () => {
    // ESLint throws on a rule it does not know, so a clean run proves every id exists.
    expect(new Linter().verify("const a = 1;\n", [{ rules: eslintRuleSet() }])).toEqual([]);
    expect(Object.keys(eslintRuleSet())).toEqual(ESLINT_TABLE_IDS);
    expect({
      bandit: BANDIT_TABLE_IDS.length,
      pylint: PYLINT_TABLE_IDS.length,
      eslint: ESLINT_TABLE_IDS.length,
    }).toEqual({
      bandit: 78,
      pylint: 50,
      eslint: 40,
    });
  });
});
