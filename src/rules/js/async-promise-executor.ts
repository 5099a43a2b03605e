import { JS_FAMILY } from "../../core/language.js";
import { defineRule } from "../define-rule.js";
import { codeRoot, newsMatching } from "./dataflow/shared-nodes.js";

const meta = {
  id: "js/async-promise-executor",
  languages: JS_FAMILY,
  category: "logic",
  severity: "medium",
  confidence: 0.9,
  cwe: ["CWE-755"],
  title: "Async function used as a Promise executor",
  description: "new Promise(async (resolve, reject) => { ... }) passes an async function as the executor.",
  why: "If the async executor throws or an awaited call rejects, the error rejects the executor's own promise, which nobody observes: the outer promise never settles and callers hang, while the rejection surfaces as unhandled.",
  howToFix:
    "Drop the Promise constructor and write an async function that awaits and returns, or keep the executor synchronous and chain .then()/.catch() to reject.",
  references: ["https://eslint.org/docs/latest/rules/no-async-promise-executor"],
  fixable: false,
  family: "async-promise-executor",
} as const;

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  if (!root || !/new\s+Promise\s*\(\s*async\b/.test(ctx.text)) return;
  const constructions = newsMatching(ctx, /^Promise$/).filter((made) =>
    /^new\s+Promise\s*\(\s*async\b/.test(made.text()),
  );
  for (const made of constructions) {
    ctx.report({ node: made, message: `The Promise executor is async, so its errors are lost. ${meta.why}` });
  }
});
