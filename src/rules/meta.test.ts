import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Rule } from "./define-rule.js";
import { factsBlockOf, renderFacts } from "./doc-facts.js";

/**
 * Keeps the rule folders honest: every rule file is registered, tested and
 * documented under an id that matches its name, and says what, why and how to fix.
 */
const HERE = dirname(fileURLToPath(import.meta.url));
const DOCS = join(HERE, "..", "..", "docs", "rules");
const TRUST_DOC = readFileSync(join(HERE, "..", "..", "docs", "trust-levels.md"), "utf8");
const OPERATOR_WORDS = { note: "low hardening note", ignore: "not reported" } as const;
const FOLDERS = [
  { folder: "python", prefix: "py" },
  { folder: "js", prefix: "js" },
  { folder: "text", prefix: "text" },
] as const;

function ruleFiles(folder: string): string[] {
  return readdirSync(join(HERE, folder))
    .filter((f) => f.endsWith(".ts") && f !== "index.ts" && !f.endsWith(".test.ts") && !f.endsWith(".d.ts"))
    .sort();
}

async function load(path: string): Promise<unknown> {
  return (await import(path)) as unknown;
}

function defaultRule(module: unknown): Rule | undefined {
  const value = (module as { default?: unknown }).default;
  if (typeof value !== "object" || value === null || !("meta" in value) || !("check" in value))
    return undefined;
  return value as Rule;
}

describe("rule folders", () => {
  const seen = new Map<string, string>();

  for (const { folder, prefix } of FOLDERS) {
    describe(folder, () => {
      const files = ruleFiles(folder);

      it("has an index listing exactly its rule files", async () => {
        const index = (await load(join(HERE, folder, "index.ts"))) as { RULES?: readonly Rule[] };
        expect(Array.isArray(index.RULES), `${folder}/index.ts exports RULES`).toBe(true);
        const listed = (index.RULES ?? []).map((r) => r.meta.id).sort();
        const expected = files.map((f) => `${prefix}/${basename(f, ".ts")}`).sort();
        expect(listed).toEqual(expected);
      });

      it.each(files.length > 0 ? files : ["(none)"])("%s follows the conventions", async (file) => {
        if (file === "(none)") return;
        const name = basename(file, ".ts");
        const rule = defaultRule(await load(join(HERE, folder, file)));
        expect(rule, `${folder}/${file} default-exports a rule`).toBeDefined();
        if (rule === undefined) return;
        const { meta } = rule;
        expect(meta.id).toBe(`${prefix}/${name}`);
        expect(existsSync(join(HERE, folder, `${name}.test.ts`)), `${name}.test.ts beside it`).toBe(true);
        expect(existsSync(join(DOCS, `${prefix}-${name}.md`)), `docs/rules/${prefix}-${name}.md`).toBe(true);
        expect(meta.description.trim(), "what").not.toBe("");
        expect(meta.why.trim(), "why").not.toBe("");
        expect(meta.howToFix.trim(), "how to fix").not.toBe("");
        expect(meta.title.trim(), "title").not.toBe("");
        expect(meta.languages.length, "languages").toBeGreaterThan(0);
        expect(meta.confidence).toBeGreaterThan(0);
        expect(meta.confidence).toBeLessThanOrEqual(1);
        for (const cwe of meta.cwe) expect(cwe).toMatch(/^CWE-\d+$/);
        if (meta.category === "security")
          expect(meta.cwe.length, "security rules name a CWE").toBeGreaterThan(0);
        // A rule that reports taint flows says what an operator-only flow becomes (docs/trust-levels.md).
        const reportsFlows = /\b(?:reportFlow|reportTaintedArg|checkSinkValues|reportTaint)\(/.test(
          readFileSync(join(HERE, folder, file), "utf8"),
        );
        if (reportsFlows) expect(meta.operatorFlows, "operatorFlows of a taint rule").toBeDefined();
        if (meta.operatorFlows !== undefined) {
          const row = `| \`${meta.id}\` | ${meta.severity} | ${OPERATOR_WORDS[meta.operatorFlows]} |`;
          expect(TRUST_DOC, "docs/trust-levels.md lists the rule's choice").toContain(row);
          const page = readFileSync(join(DOCS, `${prefix}-${name}.md`), "utf8");
          expect(page, "its doc page states the choice").toContain(`operatorFlows: "${meta.operatorFlows}"`);
          if (meta.storedFlows !== undefined)
            expect(page, "its doc page states the stored choice").toContain(
              `storedFlows: "${meta.storedFlows}"`,
            );
        }
        const facts = factsBlockOf(readFileSync(join(DOCS, `${prefix}-${name}.md`), "utf8"));
        expect(facts, "its doc page's facts match the metadata (npm run docs:rules)").toBe(renderFacts(meta));
        const owner = seen.get(meta.id);
        expect(owner, `id ${meta.id} is also used by ${owner ?? ""}`).toBeUndefined();
        seen.set(meta.id, `${folder}/${file}`);
      });
    });
  }
});
