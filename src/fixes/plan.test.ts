import { describe, expect, it } from "vitest";
import { isCancelled } from "../core/errors.js";
import type { FixCacheKey } from "../core/fix.js";
import { BUILTIN_RULES } from "../rules/registry.js";
import { reviewed } from "../../test/fixes/findings.js";
import { MemoryFixCache } from "./cache.js";
import { proveFixes, resolveOverlaps, withCheckResults, withValidations } from "./plan.js";

/** floating-promise (medium) rewrites the whole call; loose-equality (low) edits inside it. */
const OVERLAP =
  "async function load(a) {\n  return 1;\n}\nexport async function main(a) {\n  load(a == 1);\n}\n";

describe("proveFixes", () => {
  it("lets the higher-severity fix win an overlap and re-derives the other on the patched text", async () => {
    const { file, findings } = reviewed(OVERLAP, "javascript", "web/a.js");
    expect(findings.map((f) => f.ruleId).sort()).toEqual(["js/floating-promise", "js/loose-equality"]);
    for (const order of [findings, [...findings].reverse()]) {
      const plan = await proveFixes([file], order, { rules: BUILTIN_RULES });
      const proposals = plan.files[0]!.proposals;
      expect(proposals.map((p) => [p.finding.ruleId, p.validation.status, p.rederived])).toEqual([
        ["js/floating-promise", "proven", false],
        ["js/loose-equality", "proven", true],
      ]);
      expect(plan.files[0]!.after).toBe(OVERLAP.replace("load(a == 1)", "await load(a === 1)"));
    }
  });

  it("stops between fixes once cancelled", async () => {
    const { file, findings } = reviewed(OVERLAP, "javascript", "web/a.js");
    const controller = new AbortController();
    const looked: string[] = [];
    // The cache is consulted once per fix: the cancel arrives while the first one is being validated.
    class CancellingCache extends MemoryFixCache {
      override get(key: FixCacheKey) {
        looked.push(key.fingerprint);
        controller.abort();
        return super.get(key);
      }
    }
    const outcome = await proveFixes([file], findings, {
      rules: BUILTIN_RULES,
      cache: new CancellingCache(),
      signal: controller.signal,
    }).catch((error: unknown) => error);
    expect(isCancelled(outcome)).toBe(true);
    expect(looked).toHaveLength(1);
  });

  it("combines every proven fix of a file into one patch", async () => {
    const code =
      "import yaml\n\n\ndef read(path, x):\n    if x == None:\n        return yaml.load(open(path))\n    return x\n";
    const { file, findings } = reviewed(code, "python", "app/read.py");
    const plan = await proveFixes([file], findings, { rules: BUILTIN_RULES });
    expect(plan.files[0]!.after).toBe(
      code.replace("x == None", "x is None").replace("yaml.load", "yaml.safe_load"),
    );
    expect(plan.patch).toContain("diff --git a/app/read.py b/app/read.py\n");
    expect(plan.patch).toContain("+        return yaml.safe_load(open(path))\n");
  });

  it("keeps a CRLF file CRLF", async () => {
    const code = "def f(x):\r\n    return x == None\r\n";
    const { file, findings } = reviewed(code, "python", "crlf.py");
    const plan = await proveFixes([file], findings, { rules: BUILTIN_RULES });
    expect(plan.files[0]!.after).toBe("def f(x):\r\n    return x is None\r\n");
  });

  it("takes a validated fix from the cache for the same finding on the same content", async () => {
    const { file, findings } = reviewed("def f(x):\n    return x == None\n", "python", "c.py");
    const cache = new MemoryFixCache();
    const first = await proveFixes([file], findings, { rules: BUILTIN_RULES, cache });
    expect(cache.size).toBe(1);
    // No rules at all: only a cache hit can still say "proven".
    const second = await proveFixes([file], findings, { rules: [], cache });
    expect(second.files[0]!.after).toBe(first.files[0]!.after);
    expect([...second.outcomes.values()].map((o) => o.validation.status)).toEqual(["proven"]);
  });

  it("records a finding on a file whose content it was not given as rejected", async () => {
    const { findings } = reviewed("def f(x):\n    return x == None\n", "python", "gone.py");
    const plan = await proveFixes([], findings, { rules: BUILTIN_RULES });
    expect([...plan.outcomes.values()][0]?.validation.reasons).toEqual([
      "the file's reviewed content is not available",
    ]);
    expect(plan.patch).toBe("");
  });
});

describe("resolveOverlaps", () => {
  it("orders by severity, then place, whatever the input order", () => {
    const { findings } = reviewed(OVERLAP, "javascript", "a.js");
    expect(resolveOverlaps([...findings].reverse()).map((f) => f.ruleId)).toEqual([
      "js/floating-promise",
      "js/loose-equality",
    ]);
  });
});

describe("withValidations", () => {
  it("keeps proven fixes with their record and drops rejected ones to a recommendation", async () => {
    const { file, findings } = reviewed("def f(x):\n    return x == None\n", "python", "v.py");
    const broken = findings.map((f) => ({
      ...f,
      fix: {
        ...f.fix!,
        edits: [{ range: { start: { line: 1, column: 6 }, end: { line: 1, column: 7 } }, text: "" }],
      },
    }));
    for (const [input, status, hasFix] of [
      [findings, "proven", true],
      [broken, "rejected", false],
    ] as const) {
      const plan = await proveFixes([file], input, { rules: BUILTIN_RULES });
      const [out] = withValidations(input, plan.outcomes);
      expect(out?.fixValidation?.status).toBe(status);
      expect(out?.fix !== undefined).toBe(hasFix);
      expect(out?.recommendation).toBe(input[0]?.recommendation);
    }
  });
});

describe("withCheckResults", () => {
  it("records the heavier checks and rejects a fix that failed one", async () => {
    const { file, findings } = reviewed(
      "def f(x, y):\n    a = x == None\n    return a or y == None\n",
      "python",
      "k.py",
    );
    const plan = await proveFixes([file], findings, { rules: BUILTIN_RULES });
    const [first, second] = [...plan.outcomes.keys()];
    const merged = withCheckResults(
      plan.outcomes,
      new Map([
        [first!, { languageCheck: true, tests: true, reasons: [] }],
        [second!, { languageCheck: true, tests: false, reasons: ["pytest exited with 1"] }],
      ]),
    );
    expect(
      [...merged.values()].map((o) => [o.validation.status, o.validation.tests, o.validation.reasons]),
    ).toEqual([
      ["proven", true, []],
      ["rejected", false, ["pytest exited with 1"]],
    ]);
  });

  it("keeps each accepted fix's own diff on its record", async () => {
    const { file, findings } = reviewed("def f(x):\n    return x == None\n", "python", "d.py");
    const plan = await proveFixes([file], findings, { rules: BUILTIN_RULES });
    expect([...plan.outcomes.values()][0]?.validation.diff).toContain(
      "-    return x == None\n+    return x is None\n",
    );
  });
});
