import type { SgNode } from "@ast-grep/napi";
import { JS_FAMILY } from "../../core/language.js";
import { assignmentsMatching, codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule } from "../define-rule.js";
import { callArguments, stringValue } from "./dataflow/ast.js";
import { findCalls, isDead } from "./dataflow/flow.js";

const meta = {
  id: "js/debug-mode",
  languages: JS_FAMILY,
  category: "security",
  severity: "medium",
  confidence: 0.7,
  cwe: ["CWE-489", "CWE-209"],
  owasp: "A05:2021-Security Misconfiguration",
  title: "Debug mode enabled in server code",
  description:
    "Server code forces development mode (app.set('env', 'development'), process.env.NODE_ENV = 'development'), mounts the errorhandler middleware unconditionally, or enables debug / stack traces in an Apollo or similar server config.",
  why: "Debug modes send stack traces, file paths, queries and configuration to any client that triggers an error, handing attackers a map of the application; some also enable introspection or consoles.",
  howToFix:
    "Decide the mode from the deployment environment (NODE_ENV set outside the code), and guard development-only middleware with if (process.env.NODE_ENV === 'development').",
  references: [
    "https://cwe.mitre.org/data/definitions/489.html",
    "https://expressjs.com/en/advanced/best-practice-performance.html#set-node_env-to-production",
  ],
  fixable: false,
  family: "debug-mode",
} as const;

/** Inside `if (... development ...)` or `if (... !== "production")`: deliberately limited to development. */
function guardedByEnvironment(node: SgNode): boolean {
  return node
    .ancestors()
    .some(
      (a) =>
        a.kind() === "if_statement" &&
        /NODE_ENV|isDev|development|env\s*[!=]==?/.test(a.field("condition")?.text() ?? ""),
    );
}

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  const { text } = ctx;
  if (!root || !/development|errorhandler|debug|stacktrace/i.test(text)) return;
  for (const call of findCalls(ctx, "^\\w+\\.set$")) {
    const [key, value] = callArguments(call);
    if (stringValue(key) === "env" && stringValue(value) === "development" && !isDead(call)) {
      ctx.report({
        node: call,
        message: `app.set("env", "development") turns on Express's development behaviour, including stack traces in error pages. ${meta.why}`,
      });
    }
  }
  for (const write of assignmentsMatching(ctx, /^process\.env\.NODE_ENV$/)) {
    if (
      stringValue(write.field("right")) === "development" &&
      !isDead(write) &&
      !guardedByEnvironment(write)
    ) {
      ctx.report({ node: write, message: `NODE_ENV is forced to "development" in code. ${meta.why}` });
    }
  }
  // Koa: app.env = "development" makes the default error handler (and koa-onerror) expose error details.
  if (/\bkoa\b/i.test(text) && /[\w$]\.env\s*=\s*["'`]development/.test(text)) {
    const writes = root.findAll({
      rule: { kind: "assignment_expression", has: { field: "left", regex: "^[\\w$]+\\.env$" } },
    });
    for (const write of writes) {
      if (stringValue(write.field("right")) !== "development" || isDead(write) || guardedByEnvironment(write))
        continue;
      ctx.report({
        node: write,
        message: `${write.field("left")?.text() ?? "app.env"} is set to "development", so error responses carry stack traces and messages. ${meta.why}`,
      });
    }
  }
  if (/require\(\s*["']errorhandler["']\)|from\s+["']errorhandler["']/.test(text)) {
    for (const call of findCalls(ctx, "^\\w+\\.use$")) {
      const arg = callArguments(call)[0];
      if (!arg || !/^errorhandler\(|^errorHandler\(/.test(arg.text()) || guardedByEnvironment(call)) continue;
      ctx.report({
        node: call,
        message: `The errorhandler middleware is mounted in every environment; it is meant for development only. ${meta.why}`,
      });
    }
  }
  if (!/(debug|includeStacktraceInErrorResponses)\s*:\s*true/.test(text)) return;
  const options = root.findAll({
    rule: {
      kind: "pair",
      has: { field: "key", regex: "^(debug|includeStacktraceInErrorResponses)$" },
      inside: {
        kind: "new_expression",
        has: { field: "constructor", regex: "ApolloServer|GraphQLServer|Server$" },
        stopBy: "end",
      },
    },
  });
  for (const pair of options) {
    if (pair.field("value")?.text() !== "true" || isDead(pair)) continue;
    ctx.report({
      node: pair,
      message: `${pair.field("key")?.text() ?? "debug"}: true sends stack traces to clients. ${meta.why}`,
    });
  }
});
