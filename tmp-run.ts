import { readFileSync } from "node:fs";
import { BUILTIN_RULES } from "./src/rules/registry.js";
import { runRulesOnFile } from "./src/rules/run-rules.js";
import { sourceFileFor } from "./src/rules/rule-tester.js";
for (const path of process.argv.slice(2)) {
  const lang = path.endsWith(".py") ? "python" : "javascript";
  const r = runRulesOnFile(sourceFileFor(readFileSync(path, "utf8"), lang, path), BUILTIN_RULES);
  for (const d of r.drafts)
    console.log(`${path}:${d.range.start.line} ${d.ruleId} ${d.severity} ${d.confidence} — ${d.description}`);
}
