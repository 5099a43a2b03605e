import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../core/config.js";
import { synthesise } from "../pipeline/synthesise.js";
import { RULES as PYTHON_RULES } from "../rules/python/index.js";
import { runRulesOnFile } from "../rules/run-rules.js";
import { createBanditAnalyser } from "./bandit/bandit-analyser.js";
import { createPylintAnalyser } from "./pylint/pylint-analyser.js";
import { analyserInputFor } from "./shared/analyser-input.test-support.js";

// The point of the mapping tables: the same issue reported by a built-in rule
// and by the tools becomes one finding with every source listed.
const root = resolve(import.meta.dirname, "../../test/fixtures/tools/python");
const path = "vulnerable.py";
const text = readFileSync(join(root, path), "utf8");

describe("tool findings merge with built-in rule findings", () => {
  it("merges per line by rule family and CWE", async () => {
    const input = analyserInputFor(root, [{ path, text }], {
      config: { ...DEFAULT_CONFIG, minConfidence: 0 },
    });
    const tools = await Promise.all(
      [createBanditAnalyser(), createPylintAnalyser()].map((a) => a.analyse(input)),
    );
    const builtin = input.files.flatMap((file) => runRulesOnFile(file, PYTHON_RULES).drafts);
    const findings = synthesise({
      drafts: [...builtin, ...tools.flatMap((o) => o.findings)],
      texts: new Map([[path, text]]),
      identities: new Map(),
      redactions: new Map(),
      config: { rules: {}, minConfidence: 0 },
    });
    const byLine = (line: number) =>
      findings.filter((f) => f.range.start.line === line).map((f) => [...f.sources].sort());
    expect(byLine(9)).toEqual([["bandit", "rules"]]); // subprocess shell=True
    expect(byLine(14)).toEqual([["bandit", "rules"]]); // pickle.loads
    expect(byLine(18)).toEqual([["bandit", "pylint", "rules"]]); // eval
    expect(byLine(25)).toEqual([["pylint", "rules"]]); // mutable default argument
  });
});
