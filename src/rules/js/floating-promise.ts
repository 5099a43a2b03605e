import { JS_FAMILY } from "../../core/language.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import type { Fix } from "../../core/fix.js";
import { defineRule, type RuleMatch } from "../define-rule.js";
import { nodeRange } from "../run-rules.js";
import { callArguments, dottedPath } from "./dataflow/ast.js";
import { asyncNames, enclosingFunction, isAsyncFunction } from "./dataflow/async.js";

const meta = {
  id: "js/floating-promise",
  languages: JS_FAMILY,
  category: "logic",
  severity: "medium",
  confidence: 0.75,
  cwe: ["CWE-755", "CWE-703"],
  title: "Promise neither awaited nor handled",
  description:
    "Inside an async function, a call that returns a promise (an async function of this file, fetch, Promise.all, fs.promises, a .then() without a rejection handler) is used as a statement: it is not awaited, returned, stored or given a .catch().",
  why: "The function carries on before the work finishes, so later code can see stale state, and a rejection becomes an unhandled rejection that Node.js turns into a crash (or that is silently lost in browsers).",
  howToFix:
    "await the call (or return it). If running it in the background is intended, say so and handle failure: `void task().catch(logError)`.",
  references: [
    "https://typescript-eslint.io/rules/no-floating-promises/",
    "https://nodejs.org/api/process.html#event-unhandledrejection",
  ],
  fixable: true,
  family: "floating-promise",
} as const;

/** APIs that always return a promise. */
const PROMISE_APIS = /^(fetch|Promise\.(all|allSettled|race|any)|fs\.promises\.\w+|fsp\.\w+|axios(\.\w+)?)$/;

export default defineRule(
  meta,
  (ctx) => {
    const root = codeRoot(ctx);
    const { text } = ctx;
    if (!root || !text.includes("async")) return;
    const { functions, methods } = asyncNames(text);
    if (
      functions.size === 0 &&
      methods.size === 0 &&
      !/\b(fetch|Promise\.(all|allSettled|race|any)|fs\.promises|fsp|axios)\b|\.then\(/.test(text)
    )
      return;
    const names = [...functions, ...[...methods].map((m) => `this\\.${m}`)].map((n) =>
      n.replace(/\$/g, "\\$"),
    );
    const calleeRegex = `^(${[...names, PROMISE_APIS.source.slice(2, -2)].join("|")})$|\\.then$`;
    const statements = root.findAll({
      rule: {
        kind: "expression_statement",
        has: { kind: "call_expression", has: { field: "function", regex: calleeRegex } },
      },
    });
    for (const statement of statements) {
      const call = statement.namedChildren()[0];
      if (call?.kind() !== "call_expression") continue;
      const callee = call.field("function");
      if (!callee) continue;
      const path = dottedPath(callee);
      const method = callee.kind() === "member_expression" ? callee.field("property")?.text() : undefined;
      const returnsPromise =
        (path !== undefined && (functions.has(path) || PROMISE_APIS.test(path))) ||
        (path !== undefined && path.startsWith("this.") && method !== undefined && methods.has(method)) ||
        (method === "then" &&
          callArguments(call).length < 2 &&
          callee.field("object")?.kind() === "call_expression");
      if (!returnsPromise) continue;
      const fn = enclosingFunction(statement);
      if (!fn || !isAsyncFunction(fn)) continue;
      // `this.m()` may belong to another class with a synchronous m in a bundled file.
      const viaThis = path?.startsWith("this.") === true && !functions.has(path);
      ctx.report({
        node: call,
        ...(viaThis ? { confidence: 0.6 } : {}),
        message: `The promise returned by ${path ?? `${method ?? "this call"}()`} is not awaited or handled. ${meta.why}`,
      });
    }
  },
  awaitPromise,
);

/** The reported call, awaited. */
function awaitPromise({ node }: RuleMatch): Fix | undefined {
  return (
    node && {
      description: "Await the promise",
      applicability: "suggested",
      edits: [{ range: nodeRange(node.range()), text: `await ${node.text()}` }],
    }
  );
}
