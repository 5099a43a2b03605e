import type { SgNode } from "@ast-grep/napi";
import { defineRule, type RuleContext } from "../define-rule.js";
import { pyDebugMode } from "../fix/python.js";
import { candidates, nodeQuery } from "./dataflow/hub.js";
import { callSpec, findCalls } from "./dataflow/sinks.js";

const WHY =
  "Debug mode shows stack traces, settings and source to anyone who triggers an error, and Flask's Werkzeug debugger gives a Python console in the browser: remote code execution if it is reachable.";

/** Framework constructors and servers whose keyword turns the debugger on. */
const DEBUG_KEYWORD: ReadonlyMap<string, string> = new Map([
  ["fastapi.FastAPI", "debug"],
  ["starlette.applications.Starlette", "debug"],
  ["werkzeug.serving.run_simple", "use_debugger"],
  ["werkzeug.run_simple", "use_debugger"],
  // The Werkzeug debugger wrapped round any WSGI app: evalex=True is the in-browser console.
  ["werkzeug.debug.DebuggedApplication", "evalex"],
  ["werkzeug.DebuggedApplication", "evalex"],
  ["aiohttp.web.Application", "debug"],
  ["aiohttp.web_app.Application", "debug"],
]);
/** An `if` that switches on the environment or a debug setting: the operator's choice, like `debug=os.environ.get(...)`. */
const OPERATOR_GATE = /\bos\.environ\b|\bgetenv\(|\bsettings\.DEBUG\b|\bconfig\[["']DEBUG["']\]|\.debug\b/;
const CALLS = callSpec({ hint: /debug|Debug/, methods: ["run"], functions: [...DEBUG_KEYWORD.keys()] });
/** Debugging tools that, once set up, serve internals to whoever reaches them. */
const TOOLS = callSpec({
  hint: /aiohttp_debugtoolbar|aiomonitor/,
  functions: ["aiohttp_debugtoolbar.setup", "aiomonitor.start_monitor", "aiomonitor.Monitor"],
});
/** Hosts that keep a console on the machine itself. */
const LOOPBACK = /^[a-zA-Z]*["'](?:127\.\d+\.\d+\.\d+|localhost|::1)["']$/;
/** Flask's configuration classes for a non-production environment (flask.palletsprojects.com, "Configuration Handling"). */
const NON_PRODUCTION_CLASS =
  /^(?:Dev|Develop|Development|Local|Test|Testing|Debug)\w*(?:Config|Settings)?$|(?:Dev|Development|Local|Test|Testing)(?:Config|Settings)$/;
/** Settings only a Django settings module defines, whatever the file is called. */
const DJANGO_SETTINGS = /^(?:ALLOWED_HOSTS|INSTALLED_APPS|MIDDLEWARE|ROOT_URLCONF|WSGI_APPLICATION)\s*=/m;
/** `DEBUG = True`, `app.debug = True`, `app.config["DEBUG"] = True`: one regex for the search and the check. */
const SETTING_RE = /^(?:DEBUG|[\w.]*\.debug|[\w.]*config\[["']DEBUG["']\])\s*=\s*True$/;
const SETTINGS = nodeQuery(
  ["assignment"],
  SETTING_RE.source,
  /DEBUG\s*=\s*True|\.debug\s*=\s*True|\[["']DEBUG["']\]\s*=\s*True/,
);

export default defineRule(
  {
    id: "py/debug-mode",
    languages: ["python"],
    category: "security",
    severity: "high",
    confidence: 0.8,
    cwe: ["CWE-489", "CWE-215"],
    owasp: "A05:2021-Security Misconfiguration",
    title: "Debug mode enabled",
    description:
      "A Flask app runs with debug=True (app.run(debug=True), app.debug = True, app.config['DEBUG'] = True), FastAPI/Starlette or an aiohttp web.Application is created with debug=True, Werkzeug's run_simple gets use_debugger=True or DebuggedApplication evalex=True, or a Django settings module (by file name, or by defining INSTALLED_APPS, MIDDLEWARE, ROOT_URLCONF...) sets DEBUG = True at its top level.",
    why: WHY,
    howToFix:
      'Read the flag from the environment and default to off: DEBUG = os.environ.get("DJANGO_DEBUG") == "1"; app.run(debug=os.environ.get("FLASK_DEBUG") == "1"). Never ship a settings file with DEBUG = True to production.',
    references: [
      "https://cwe.mitre.org/data/definitions/489.html",
      "https://flask.palletsprojects.com/en/latest/debugging/",
      "https://docs.djangoproject.com/en/stable/ref/settings/#debug",
    ],
    fixable: true,
    family: "debug-mode",
  },
  (ctx) => {
    for (const call of findCalls(ctx, CALLS)) {
      const keyword = DEBUG_KEYWORD.get(call.callee);
      if (keyword !== undefined && !call.viaMethod) {
        if (call.kwargs.get(keyword)?.text() !== "True") continue;
        const gate = call.node.ancestors().find((a) => a.kind() === "if_statement");
        if (gate !== undefined && OPERATOR_GATE.test(gate.field("condition")?.text() ?? "")) continue;
        ctx.report({
          node: call.node,
          message: `${call.callee}(${keyword}=True) turns on debug mode. ${WHY}`,
        });
        continue;
      }
      if (call.kwargs.get("debug")?.text() !== "True") continue;
      const receiver = call.node.children()[0]?.text() ?? "";
      if (!/(?<![^.])(?:app|application|server|api|flask_app|\w+_app)\.run$/i.test(receiver)) continue;
      ctx.report({
        node: call.node,
        message: `${receiver}(debug=True) starts the app with the interactive debugger. ${WHY}`,
      });
    }
    const settingsFile = /(?<![^/])settings(?:\/[\w-]+)?\.py$|(?<![^/])settings_\w+\.py$/.test(ctx.file.path);
    const settingsText = !settingsFile && DJANGO_SETTINGS.test(ctx.text);
    for (const node of candidates(ctx, SETTINGS)) {
      const text = node.text();
      if (node.kind() !== "assignment" || !SETTING_RE.test(text)) continue;
      // A bare DEBUG = True only matters in a Django settings module.
      // Elsewhere, a module that defines Django's own settings is one, when DEBUG is set at its top level.
      const topLevel = node.parent()?.parent()?.kind() === "module";
      if (/^DEBUG\s*=/.test(text) && !settingsFile && !(settingsText && topLevel)) continue;
      // `class Development(Config): DEBUG = True` is the development environment's configuration.
      const cls = node.ancestors().find((a) => a.kind() === "class_definition");
      if (NON_PRODUCTION_CLASS.test(cls?.field("name")?.text() ?? "")) continue;
      ctx.report({ node, message: `${text} turns on debug mode. ${WHY}` });
    }
    checkTools(ctx);
  },
  pyDebugMode,
);

/**
 * `if DEBUG:` / `if settings.DEBUG:` around the toolbar's setup: it shows only
 * where debug mode is on, which the DEBUG setting itself answers for (and is
 * reported for when it is on unconditionally).
 */
function underDebugFlag(node: SgNode): boolean {
  return node
    .ancestors()
    .some(
      (a) => a.kind() === "if_statement" && /^(?:settings\.)?DEBUG$/.test(a.field("condition")?.text() ?? ""),
    );
}

/**
 * aiohttp-debugtoolbar set up outside any `if` (it then serves tracebacks and
 * settings on every deployment), aiomonitor's console listening beyond the
 * loopback address (a Python REPL in the running process, aiomonitor's docs),
 * and django-debug-toolbar told to show itself to every request.
 */
function checkTools(ctx: RuleContext): void {
  for (const call of findCalls(ctx, TOOLS)) {
    if (call.callee === "aiohttp_debugtoolbar.setup") {
      if (call.node.ancestors().some((a) => a.kind() === "if_statement")) continue;
      ctx.report({
        node: call.node,
        message: `aiohttp_debugtoolbar.setup() installs the debug toolbar on every deployment of this app, showing tracebacks, request data and settings. ${WHY}`,
      });
      continue;
    }
    const host = call.kwargs.get("host");
    if (host === undefined || LOOPBACK.test(host.text())) continue;
    ctx.report({
      node: call.node,
      message: `${call.callee}(host=${host.text()}) opens aiomonitor's console, which runs Python in the live process, on an address other than loopback. ${WHY}`,
    });
  }
  if (ctx.root === undefined || !ctx.text.includes("SHOW_TOOLBAR_CALLBACK")) return;
  for (const pair of ctx.root.findAll({ rule: { kind: "pair", regex: "SHOW_TOOLBAR_CALLBACK" } })) {
    const value = pair.field("value");
    const body = value?.kind() === "lambda" ? value.field("body")?.text() : undefined;
    if (body !== "True" || underDebugFlag(pair)) continue;
    ctx.report({
      node: pair,
      message: `SHOW_TOOLBAR_CALLBACK returns True for every request, so django-debug-toolbar shows SQL, settings and headers to anyone. ${WHY}`,
    });
  }
}
