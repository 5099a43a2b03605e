/**
 * Rewrites the facts block of every built-in rule's page in docs/rules/ from
 * the rule's metadata (src/rules/doc-facts.ts). Run it after changing a rule's
 * severity, CWE, languages or fixability; the meta-test fails until you do.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderFacts, withFacts } from "../src/rules/doc-facts.js";
import { BUILTIN_RULES } from "../src/rules/registry.js";

const DOCS = join(import.meta.dirname, "..", "docs", "rules");
let changed = 0;
for (const rule of BUILTIN_RULES) {
  const path = join(DOCS, `${rule.meta.id.replace("/", "-")}.md`);
  if (!existsSync(path)) {
    process.stderr.write(`missing page for ${rule.meta.id}: ${path}\n`);
    process.exitCode = 1;
    continue;
  }
  const before = readFileSync(path, "utf8");
  const after = withFacts(before, renderFacts(rule.meta));
  if (after !== before) {
    writeFileSync(path, after);
    changed += 1;
  }
}
process.stdout.write(`docs/rules: ${changed} of ${BUILTIN_RULES.length} pages updated\n`);
