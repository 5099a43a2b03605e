import type { SgNode } from "@ast-grep/napi";
import { JS_FAMILY } from "../../core/language.js";
import { assignmentsMatching, callsMatching, codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule, type RuleContext } from "../define-rule.js";
import { callArguments, stringValue, unwrap } from "./dataflow/ast.js";
import { findCalls, findCallsByWalk, isDead } from "./dataflow/flow.js";
import { checkSetting } from "../xfile/settings.js";

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
    "Server code forces development mode (app.set('env', 'development'), process.env.NODE_ENV = 'development'), mounts the errorhandler middleware or a debug router unconditionally, enables debug / stack traces in an Apollo, NestJS GraphQLModule or similar server config, or leaves Redux DevTools on in production.",
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

/** Hosts that keep a debugger on this machine. */
const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|localhost|::1)$/;

/**
 * Next.js's custom server started as `next({ dev: true })` serves the
 * development build (error overlay with source, unminified code); Node's
 * `inspector.open(port, "0.0.0.0")` lets anyone who reaches the port run code.
 */
function reportDevServers(ctx: RuleContext): void {
  const { text } = ctx;
  // A cheap filter only (the walk below reads the dev option), kept to patterns that read the text once.
  if (/\bnext\s*\(/.test(text) && /\bdev\s*:/.test(text)) {
    for (const call of findCallsByWalk(ctx, "^next$")) {
      const options = callArguments(call)[0];
      const opts = options ? unwrap(options) : undefined;
      if (opts?.kind() !== "object" || isDead(call) || guardedByEnvironment(call)) continue;
      const dev = opts.namedChildren().find((p) => p.kind() === "pair" && p.field("key")?.text() === "dev");
      const value = dev?.field("value");
      if (!value) continue;
      // `dev: settings.debug`: as the settings module (or this file's declaration) says.
      checkSetting(ctx, call, value, "true", "next()'s dev option", () =>
        ctx.report({
          node: call,
          message: `next({ dev: true }) serves the development build: error overlays with source code and stack traces, and development endpoints. ${meta.why}`,
        }),
      );
    }
  }
  if (/\binspector\b/.test(text)) {
    for (const call of findCallsByWalk(ctx, "(^|\\.)inspector\\.open$")) {
      const host = stringValue(callArguments(call)[1]);
      if (host === undefined || LOOPBACK.test(host) || isDead(call) || guardedByEnvironment(call)) continue;
      ctx.report({
        node: call,
        message: `The Node inspector is opened on ${host}: anyone who can reach the port can run code in the process. ${meta.why}`,
        severity: "high",
      });
    }
  }
}

/**
 * A configuration file for production by its name (`environment.prod.ts`,
 * `config/production.ts`): Angular's production environment must say
 * `production: true` (the CLI swaps it in for production builds and the app
 * calls enableProdMode() on it), and no `debug: true` belongs there.
 */
const PRODUCTION_CONFIG = /(?:^|[/.])(?:prod|production)\.[cm]?[jt]s$/;

function reportProductionConfig(ctx: RuleContext): void {
  const root = ctx.root;
  if (!root) return;
  for (const pair of root.findAll({
    rule: { kind: "pair", has: { field: "key", regex: "^[\"']?(production|debug)[\"']?$" } },
  })) {
    const key = pair.field("key")?.text().replace(/["']/g, "");
    const value = pair.field("value")?.text();
    const wrong = (key === "production" && value === "false") || (key === "debug" && value === "true");
    if (!wrong || isDead(pair)) continue;
    ctx.report({
      node: pair,
      message: `The production configuration sets ${key}: ${value ?? ""}. ${meta.why}`,
    });
  }
}

/**
 * Framework options that switch a debug feature on for every environment,
 * reported where the call starts: NestJS's `GraphQLModule.forRoot({ debug: true })`
 * (stack traces in GraphQL errors) and Redux Toolkit's
 * `configureStore({ devTools: true | {...} })` (the whole store, tokens
 * included, readable and replayable from the browser's developer tools). A
 * value computed from the environment (`debug: !isProd`) is a choice, not a leftover.
 */
const DEBUG_OPTIONS: readonly { name: string; callee: string; key: string; what: string }[] = [
  {
    name: "GraphQLModule",
    callee: "(^|\\.)GraphQLModule\\.forRoot$",
    key: "debug",
    what: "GraphQL errors carry stack traces",
  },
  {
    name: "configureStore",
    callee: "(^|\\.)configureStore$",
    key: "devTools",
    what: "the Redux DevTools can read and replay the whole store in production",
  },
];

function reportDebugOptions(ctx: RuleContext): void {
  if (!/\b(?:debug|devTools)\s*:/.test(ctx.text)) return;
  for (const { name, callee, key, what } of DEBUG_OPTIONS) {
    // The walk below is for files that name the framework call, not every file with a `debug:` option.
    if (!ctx.text.includes(name) || !ctx.text.includes(key)) continue;
    for (const call of findCallsByWalk(ctx, callee)) {
      const options = callArguments(call)[0];
      const opts = options ? unwrap(options) : undefined;
      if (opts?.kind() !== "object" || isDead(call) || guardedByEnvironment(call)) continue;
      const pair = opts.namedChildren().find((p) => p.kind() === "pair" && p.field("key")?.text() === key);
      const value = pair?.field("value");
      const on = value?.kind() === "true" || (key === "devTools" && value?.kind() === "object");
      if (!on) continue;
      ctx.report({
        node: call.field("function") ?? call,
        message: `${key}: ${value?.kind() === "object" ? "{ ... }" : "true"} is set for every environment, so ${what}. ${meta.why}`,
      });
    }
  }
}

/**
 * Fastify's mercurius GraphQL plugin registered with `graphiql: true` (or
 * the older `ide: true`) serves the GraphiQL console to every visitor; the
 * option is reported at its own line, as Apollo's `debug: true` is.
 */
function reportMercurius(ctx: RuleContext): void {
  if (!ctx.text.includes("mercurius") || !/\b(?:graphiql|ide)\s*:\s*true/.test(ctx.text)) return;
  for (const call of findCallsByWalk(ctx, "(^|\\.)register$")) {
    const [plugin, options] = callArguments(call);
    const opts = options ? unwrap(options) : undefined;
    if (
      plugin?.text() !== "mercurius" ||
      opts?.kind() !== "object" ||
      isDead(call) ||
      guardedByEnvironment(call)
    )
      continue;
    const pair = opts
      .namedChildren()
      .find(
        (p) =>
          p.kind() === "pair" &&
          /^(graphiql|ide)$/.test(p.field("key")?.text() ?? "") &&
          p.field("value")?.kind() === "true",
      );
    if (!pair) continue;
    ctx.report({
      node: pair,
      message: `mercurius is registered with ${pair.field("key")?.text() ?? "graphiql"}: true in every environment, so anyone can browse the schema and run queries from the GraphiQL console. ${meta.why}`,
    });
  }
}

/**
 * A settings module by its name (`settings.ts`, `config/app.config.js`,
 * `configuration.js`), not a development or test one, whose exported object
 * says `debug: true` as a literal: every importer reads the switch as on in
 * production. A value computed from the environment is a choice, not a leftover.
 */
const SETTINGS_MODULE = /(?:^|[/._-])(?:settings|config|configuration)\.[cm]?[jt]s$/i;
const NOT_FOR_PRODUCTION = /(?:^|[/._-])(?:dev|development|local|test|tests|spec|example|sample)(?:[/._-])/i;

function reportSettingsModule(ctx: RuleContext): void {
  const root = ctx.root;
  if (!root || !/\bdebug\s*:\s*true/i.test(ctx.text) || !/\bexport\b|module\.exports/.test(ctx.text)) return;
  // `debug`, `DEBUG`, `Debug`: settings modules write their switches in any case.
  for (const pair of root.findAll({
    rule: { kind: "pair", has: { field: "key", regex: "^[\"']?(?:debug|DEBUG|Debug)[\"']?$" } },
  })) {
    if (pair.field("value")?.kind() !== "true" || isDead(pair) || !exportedAtTop(pair.parent())) continue;
    ctx.report({
      node: pair,
      message: `The settings module exports debug: true for every environment. ${meta.why}`,
    });
  }
}

/** `module.exports = {...}`, `export default {...}`, `export const settings = {...}` (possibly typed or cast) at the top of the module. */
function exportedAtTop(object: SgNode | null): boolean {
  let node = object;
  while (
    node &&
    /^(parenthesized_expression|as_expression|satisfies_expression|type_assertion)$/.test(
      String(node.parent()?.kind() ?? ""),
    )
  )
    node = node.parent();
  const up = node?.parent();
  if (!up) return false;
  if (up.kind() === "export_statement") return true;
  if (up.kind() === "assignment_expression")
    return up.field("left")?.text() === "module.exports" && up.parent()?.parent()?.kind() === "program";
  if (up.kind() === "variable_declarator") {
    const declaration = up.parent();
    return declaration?.parent()?.kind() === "export_statement";
  }
  return false;
}

/** `app.use("/__debug", debugRoutes)`: a router mounted at a debug path outside any environment check. */
const DEBUG_PATH = /^\/_*debug(?:\/|$)/i;

function reportDebugMounts(ctx: RuleContext): void {
  if (!/["'`]\/_*debug/i.test(ctx.text)) return;
  for (const call of callsMatching(ctx, /^[\w$]+\.(?:use|get|all)$/)) {
    const [path, handler] = callArguments(call);
    const mount = stringValue(path);
    if (
      mount === undefined ||
      !handler ||
      !DEBUG_PATH.test(mount) ||
      isDead(call) ||
      guardedByEnvironment(call)
    )
      continue;
    const report = (): void =>
      ctx.report({
        node: call,
        message: `Debug routes are mounted at ${mount} in every environment. ${meta.why}`,
      });
    // `if (features.debugRoutes) app.get("/__debug", ...)`: on only when the switch is hard-coded on.
    const guard = call
      .ancestors()
      .find((a) => a.kind() === "if_statement")
      ?.field("condition");
    if (guard) checkSetting(ctx, call, guard, "true", "the debug routes' switch", report);
    else report();
  }
}

/**
 * NestJS's `app.useGlobalFilters(new DebugExceptionFilter())`: an exception
 * filter named for debugging (stack traces and request details in every error
 * response) installed for the whole app outside any environment check, or
 * behind a switch hard-coded on here or in the settings module it imports.
 */
const DEBUG_FILTER = /^(?:Debug|Dev|Development|Verbose)[A-Z]\w*Filter$/;

function reportDebugFilters(ctx: RuleContext): void {
  if (!ctx.text.includes("useGlobalFilters")) return;
  for (const call of findCallsByWalk(ctx, "(^|\\.)useGlobalFilters$")) {
    const filter = callArguments(call)
      .map((a) => unwrap(a))
      .find((a) => a.kind() === "new_expression" && DEBUG_FILTER.test(a.field("constructor")?.text() ?? ""));
    if (!filter || isDead(call) || guardedByEnvironment(call)) continue;
    const name = filter.field("constructor")?.text() ?? "the debug filter";
    const report = (): void =>
      ctx.report({
        node: call,
        message: `${name} is installed as a global exception filter in every environment, so error responses carry debugging details. ${meta.why}`,
      });
    const guard = call
      .ancestors()
      .find((a) => a.kind() === "if_statement")
      ?.field("condition");
    if (guard) checkSetting(ctx, call, guard, "true", `${name}'s switch`, report);
    else report();
  }
}

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  const { text } = ctx;
  if (
    !root ||
    !/development|errorhandler|debug|useGlobalFilters|stacktrace|dev\s*:|inspector|production|devTools|mercurius|["']env["']/i.test(
      text,
    )
  )
    return;
  for (const call of findCalls(ctx, /^\w+\.set$/)) {
    const [key, value] = callArguments(call);
    if (stringValue(key) !== "env" || !value || isDead(call) || guardedByEnvironment(call)) continue;
    // `app.set("env", settings.env)`: as the settings module (or this file's declaration) says.
    checkSetting(ctx, call, value, "development", 'app.set("env")', () =>
      ctx.report({
        node: call,
        message: `app.set("env", "development") turns on Express's development behaviour, including stack traces in error pages. ${meta.why}`,
      }),
    );
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
    for (const call of findCalls(ctx, /^\w+\.use$/)) {
      const arg = callArguments(call)[0];
      if (!arg || !/^errorhandler\(|^errorHandler\(/.test(arg.text()) || guardedByEnvironment(call)) continue;
      ctx.report({
        node: call,
        message: `The errorhandler middleware is mounted in every environment; it is meant for development only. ${meta.why}`,
      });
    }
  }
  reportDevServers(ctx);
  reportDebugOptions(ctx);
  reportDebugMounts(ctx);
  reportMercurius(ctx);
  reportDebugFilters(ctx);
  if (PRODUCTION_CONFIG.test(ctx.file.path)) reportProductionConfig(ctx);
  else if (SETTINGS_MODULE.test(ctx.file.path) && !NOT_FOR_PRODUCTION.test(ctx.file.path))
    reportSettingsModule(ctx);
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
