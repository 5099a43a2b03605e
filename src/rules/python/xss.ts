import type { SgNode } from "@ast-grep/napi";
import { defineRule, type RuleContext } from "../define-rule.js";
import type { FileFlow } from "./dataflow/file-flow.js";
import { pagesRenderedWith, rendersWith } from "./dataflow/jinja-environments.js";
import type { Taint } from "./dataflow/taint.js";
import { localAssignments } from "./dataflow/bindings.js";
import { findTemplate, folderOf, type TemplateLookup } from "../templates/find-template.js";
import { rawOutputs } from "../templates/raw-outputs.js";
import {
  argTaint,
  callSpec,
  findCalls,
  flowOf,
  reportTaintedArg,
  verdictFor,
  reportFlow,
  type FoundCall,
} from "./dataflow/sinks.js";

const WHY =
  "Text from outside the program (a request, a stored record) inserted into HTML without escaping can contain <script> or event-handler attributes, which run in other users' browsers with their session: stealing cookies, acting as them, or rewriting the page.";

const CALLS = callSpec({
  needsSource: true,
  hint: /render_template_string|HttpResponse|make_response|Response|HTMLResponse|Template/,
  functions: [
    "flask.render_template_string",
    "render_template_string",
    "django.http.HttpResponse",
    "HttpResponse",
    // Django's error responses take the same body argument (docs.djangoproject.com, "HttpResponse subclasses").
    "django.http.HttpResponseNotFound",
    "django.http.HttpResponseBadRequest",
    "django.http.HttpResponseForbidden",
    "django.http.HttpResponseServerError",
    "django.http.HttpResponseGone",
    // aiohttp serves `text=`/`body=` as HTML only when content_type says so (checked below).
    "aiohttp.web.Response",
    "aiohttp.web_response.Response",
    "flask.make_response",
    "make_response",
    "flask.Response",
    "fastapi.responses.HTMLResponse",
    "starlette.responses.HTMLResponse",
    "HTMLResponse",
    "jinja2.Template",
  ],
});

/**
 * Marking text safe (Markup, mark_safe) switches escaping off for it wherever it
 * is rendered later, so text built by interpolation is a finding whatever its
 * origin: the value usually arrives as a parameter (a template tag's model
 * object, a helper's argument) from another file. A value of unknown origin
 * stays at medium (src/rules/shared/trust.ts).
 */
const MARKS = callSpec({
  hint: /Markup|mark_safe|SafeString/,
  functions: [
    "markupsafe.Markup",
    "flask.Markup",
    "jinja2.Markup",
    "Markup",
    "django.utils.safestring.mark_safe",
    "mark_safe",
    "django.utils.safestring.SafeString",
  ],
});

/** Jinja environments: autoescape=False renders every variable into HTML as it is. */
const ENVIRONMENTS = callSpec({
  hint: /autoescape\s*=\s*False|Jinja2Templates/,
  functions: ["jinja2.Environment", "jinja2.Template", "jinja2.environment.Environment"],
});

/**
 * Views that render a template file with a context: Flask's render_template,
 * Starlette/FastAPI's `templates.TemplateResponse`, Django's render and
 * TemplateResponse. The template is read from the repository (ctx.templates).
 */
const RENDERS = callSpec({
  needsSource: true,
  hint: /render_template|render\s*\(|TemplateResponse/,
  functions: [
    "flask.render_template",
    "render_template",
    "quart.render_template",
    "django.shortcuts.render",
    "django.template.response.TemplateResponse",
  ],
  methods: ["TemplateResponse"],
});

/** Keyword arguments that name the templates folder: Flask(template_folder=...), Jinja2Templates(directory=...). */
const FOLDER_KEYWORDS = new Set(["template_folder", "directory"]);

/** Flask calls that return a whole response (a redirect, JSON, a file, an autoescaped page). */
const FINISHED_RESPONSES = new Set([
  "flask.redirect",
  "werkzeug.utils.redirect",
  "flask.jsonify",
  "flask.send_file",
  "flask.send_from_directory",
  "flask.render_template",
  "redirect",
  "jsonify",
  "send_file",
  "send_from_directory",
  "render_template",
]);

/** Calls whose first argument becomes markup or a response body as it is. */
const WHAT: Readonly<Record<string, string>> = {
  render_template_string:
    "is rendered as a Jinja template (which also allows template injection), built from",
  Template: "is compiled as a Jinja template built from",
  Markup: "is marked safe HTML although it is built from",
  mark_safe: "is marked safe HTML although it is built from",
  SafeString: "is marked safe HTML although it is built from",
};

export default defineRule(
  {
    id: "py/xss",
    languages: ["python"],
    category: "security",
    severity: "high",
    confidence: 0.85,
    cwe: ["CWE-79", "CWE-80", "CWE-74"],
    owasp: "A03:2021-Injection",
    title: "HTML built from untrusted input without escaping",
    description:
      "A Flask or Django response, Markup()/mark_safe() or render_template_string() gets HTML built from request data that was not escaped; a view hands such data to a template file of the repository that prints it raw (|safe, autoescape false/off); or a Jinja Environment/Template is created with autoescape=False.",
    why: WHY,
    howToFix:
      "Render through a template with autoescaping (render_template, Django templates) and pass the value as a variable; if you must build HTML in code, escape each value with markupsafe.escape or html.escape, or use format_html in Django. Never mark input as safe.",
    references: [
      "https://cwe.mitre.org/data/definitions/79.html",
      "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    ],
    fixable: false,
    family: "xss",
    // Operator-only flows (docs/trust-levels.md): text the operator puts in a page is the site's own content.
    operatorFlows: "ignore",
  },
  (ctx) => {
    const sinks: SgNode[] = [];
    for (const call of [...findCalls(ctx, CALLS), ...findCalls(ctx, MARKS)]) {
      const short = call.callee.slice(call.callee.lastIndexOf(".") + 1);
      const type =
        call.kwargs.get("mimetype") ?? call.kwargs.get("content_type") ?? call.kwargs.get("media_type");
      // A JSON or plain-text response is not parsed as HTML by the browser.
      if (type !== undefined && !/html/i.test(type.text())) continue;
      const aiohttp = call.callee.startsWith("aiohttp.");
      // aiohttp's Response is text/plain (or octet-stream) unless content_type names HTML.
      if (aiohttp && type === undefined) continue;
      // `make_response(redirect(url))`, `make_response(jsonify(data))`: a finished response, not HTML text.
      const body = call.args[0];
      if (short === "make_response" && body?.kind() === "call") {
        const inner = flowOf(ctx).canonical(body.field("function")?.text() ?? "");
        if (FINISHED_RESPONSES.has(inner)) {
          // The handler returns that response: its return is not HTML text either.
          sinks.push(call.node);
          continue;
        }
      }
      const what = WHAT[short] ?? "returns an HTML response body built from";
      const arg = aiohttp
        ? { index: 0, name: call.kwargs.has("text") ? "text" : "body" }
        : { index: 0, name: short === "render_template_string" ? "source" : "content" };
      const reported = reportTaintedArg(ctx, call, arg, "html", {
        what: `${short}() ${what}`,
        why: WHY,
        // A template written from input is also code the template engine runs (server-side template injection).
        ...(short === "render_template_string" || short === "Template"
          ? { extraCwe: ["CWE-1336", "CWE-94"] }
          : {}),
      });
      if (reported) sinks.push(call.node);
    }
    for (const call of findCalls(ctx, ENVIRONMENTS)) checkEnvironment(ctx, call);
    if (ctx.templates.length > 0) for (const call of findCalls(ctx, RENDERS)) checkRender(ctx, call, sinks);
    checkHandlerReturns(ctx, sinks);
  },
);

/**
 * A Jinja Environment escapes nothing unless `autoescape` says so (its default
 * is False, jinja.palletsprojects.com "API"). Pages it renders as web
 * responses (`Jinja2Templates(env=env).TemplateResponse(...)`) are the
 * finding, the environment's line the evidence; an environment made with
 * autoescape=False and not rendered in this file is reported where it is made.
 * One made without the argument and used elsewhere may render text, not HTML.
 */
function checkEnvironment(ctx: RuleContext, call: FoundCall): void {
  const autoescape = call.kwargs.get("autoescape")?.text();
  if (autoescape !== undefined && autoescape !== "False") return;
  const off = autoescape === "False" ? "autoescape=False" : "no autoescape argument (Jinja's default is off)";
  const flow = flowOf(ctx);
  const pages =
    ctx.root === undefined || call.callee.endsWith("Template")
      ? []
      : pagesRenderedWith(ctx.root, call.node, (d) => flow.canonical(d));
  // A helper that renders with autoescape=False for other files (`render_digest(comments)` →
  // `env.get_template(name).render(comments=comments)`): its render call is where their stored or
  // request text enters the page unescaped, so that is the finding, the environment the evidence.
  // When a request handler in this file renders with it, the environment line is the one place that
  // fixes every page, so it stays the finding.
  const renders =
    ctx.root === undefined || autoescape !== "False"
      ? []
      : rendersWith(ctx.root, call.node, (d) => flow.canonical(d));
  if (renders.some((r) => inHandler(flow, r))) renders.length = 0;
  for (const render of renders) {
    ctx.report({
      node: render,
      confidence: 0.7,
      message: `This template is rendered through the Jinja environment made on line ${call.node.range().start.line + 1} with autoescape=False, so every variable passed to render() goes into the HTML unescaped and any value from a request or the database is a way in. ${WHY}`,
    });
  }
  for (const page of pages) {
    ctx.report({
      node: page,
      confidence: 0.7,
      message: `This page is rendered through the Jinja environment made on line ${call.node.range().start.line + 1} with ${off}, so template variables go into the HTML unescaped and every value from a request or the database is a way in. ${WHY}`,
    });
  }
  if (pages.length > 0 || renders.length > 0 || autoescape !== "False") return;
  ctx.report({
    node: call.node,
    confidence: 0.7,
    message: `${call.callee}(autoescape=False) renders template variables into HTML without escaping, so every value from a request is a way in. ${WHY}`,
  });
}

/** Flask/FastAPI handlers that return a string are served as text/html: check what they return. */
function checkHandlerReturns(ctx: RuleContext, sinks: readonly SgNode[]): void {
  if (!/<\w/.test(ctx.text) || !/@\w[\w.]*\.(?:route|get|post|put|patch|delete)\s*\(/.test(ctx.text)) return;
  const flow = flowOf(ctx);
  for (const fn of flow.functions) {
    if (
      !fn.decorators.some((d) => /\.(?:route|get|post|put|patch|delete)\s*\(/.test(d)) ||
      !flow.isHandler(fn)
    )
      continue;
    // The response object this handler built was reported where its body was made: one finding per flow.
    if (sinks.some((s) => within(s, fn.node))) continue;
    for (const ret of fn.node.findAll({ rule: { kind: "return_statement" } })) {
      const value = ret.children()[1];
      if (value === undefined || !buildsHtml(value)) continue;
      checkReturn(ctx, flow, ret);
    }
  }
}

/** A returned expression that builds text containing markup: "<b>" + x, f"<p>{x}</p>", "<i>%s</i>" % x. */
function buildsHtml(value: SgNode): boolean {
  const kind = value.kind();
  const text = value.text();
  if (!/<\w|<\//.test(text)) return kind === "identifier" || kind === "tuple";
  return (
    kind === "binary_operator" ||
    kind === "string" ||
    kind === "concatenated_string" ||
    (kind === "call" && /\.format\s*\(/.test(text)) ||
    kind === "tuple"
  );
}

function checkReturn(ctx: RuleContext, flow: FileFlow, ret: SgNode): void {
  const taint = flow.valueOf(ret).filter((o) => o.built);
  const verdict = verdictFor(flow, taint, "html", { built: 0.3, direct: 0.3 });
  if (verdict?.fromSource !== true) return;
  reportFlow(ctx, ret, verdict, "The handler returns HTML built from", WHY);
}

function within(inner: SgNode, outer: SgNode): boolean {
  const a = inner.range();
  const b = outer.range();
  return a.start.index >= b.start.index && a.end.index <= b.end.index;
}

function inHandler(flow: FileFlow, node: SgNode): boolean {
  return flow.functions.some((fn) => within(node, fn.node) && flow.isHandler(fn));
}

/** A string literal's value: `"profile.html"` → profile.html; anything else undefined. */
function literal(node: SgNode | undefined): string | undefined {
  if (node?.kind() !== "string") return undefined;
  const m = /^(['"])([^'"\\]*)\1$/.exec(node.text());
  return m?.[2];
}

/** Where this file's views look for templates: folders it names, and the conventional `templates/`. */
function templateLookup(ctx: RuleContext): TemplateLookup {
  const folders = ["templates"];
  for (const arg of ctx.root?.findAll({ rule: { kind: "keyword_argument" } }) ?? []) {
    if (!FOLDER_KEYWORDS.has(arg.field("name")?.text() ?? "")) continue;
    const value = literal(arg.field("value") ?? undefined);
    if (value !== undefined && folderOf(value) !== "") folders.unshift(folderOf(value));
  }
  return { folders, extensions: [] };
}

/**
 * A view that renders a template file which prints one of its context
 * values raw (`{{ bio|safe }}`, `{% autoescape false %}`): the value handed
 * under that name is a sink, reported at the render call with the template's
 * file and line as evidence. A template that cannot be found is not judged.
 */
function checkRender(ctx: RuleContext, call: FoundCall, sinks: SgNode[]): void {
  // The name is the first string argument: render_template("x.html"), render(request, "x.html"),
  // TemplateResponse(request, "x.html") or TemplateResponse("x.html", {"request": request}).
  const at = call.args.findIndex((a) => literal(a) !== undefined);
  const name =
    at >= 0 && at <= 1
      ? literal(call.args[at])
      : literal(call.kwargs.get("name") ?? call.kwargs.get("template_name"));
  if (name === undefined) return;
  const template = findTemplate(ctx.templates, ctx.file.path, name, templateLookup(ctx));
  const raw = template === undefined ? [] : rawOutputs(template);
  if (template === undefined || raw.length === 0) return;
  const flow = flowOf(ctx);
  const short = call.callee.slice(call.callee.lastIndexOf(".") + 1);
  // The context: keyword arguments (render_template), or the dict after the name (or `context=`).
  const entries: { key: string; taint: () => Taint }[] = [];
  for (const key of call.kwargs.keys())
    entries.push({ key, taint: () => argTaint(flow, call.node, -1, key) });
  const dictAt = at >= 0 ? call.args.findIndex((a, i) => i > at && a.kind() === "dictionary") : -1;
  const dict = dictAt >= 0 ? call.args[dictAt] : call.kwargs.get("context");
  // The whole dict's taint, for a value the flow does not record on its own.
  const whole = (): Taint => argTaint(flow, call.node, dictAt, dictAt >= 0 ? undefined : "context");
  for (const pair of dict?.kind() === "dictionary" ? dict.children() : []) {
    if (pair.kind() !== "pair") continue;
    const key = literal(pair.field("key") ?? undefined);
    const value = pair.field("value");
    if (key !== undefined && value !== null)
      entries.push({ key, taint: () => valueTaint(flow, value, whole) });
  }
  for (const entry of entries) {
    const output = raw.find((o) => o.roots.includes(entry.key));
    if (output === undefined) continue;
    const verdict = verdictFor(flow, entry.taint(), "html");
    if (verdict === undefined) continue;
    const what = `${short}() hands ${entry.key} to ${template.path}, which prints it unescaped on line ${output.line} (${output.tag}); ${entry.key} comes from`;
    if (reportFlow(ctx, call.node, verdict, what, WHY)) {
      sinks.push(call.node);
      return;
    }
  }
}

/**
 * The taint of a context value: a local name through what its def assigns it
 * (`items = await reviews_for(id)`), anything else as the whole context's.
 */
function valueTaint(flow: FileFlow, value: SgNode, whole: () => Taint): Taint {
  if (value.kind() !== "identifier") return whole();
  const assigned = localAssignments(value, value.text());
  if (assigned.length === 0 || assigned.some((a) => a === null)) return whole();
  return assigned.flatMap((a) => {
    const statement = a?.parent();
    return statement === null || statement === undefined ? [] : [...flow.valueOf(statement)];
  });
}
