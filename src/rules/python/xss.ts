import type { SgNode } from "@ast-grep/napi";
import { defineRule } from "../define-rule.js";
import type { FileFlow } from "./dataflow/file-flow.js";
import { callSpec, findCalls, flowOf, reportTaintedArg, verdictFor, reportFlow } from "./dataflow/sinks.js";

const WHY =
  "Text from outside the program (a request, a stored record) inserted into HTML without escaping can contain <script> or event-handler attributes, which run in other users' browsers with their session: stealing cookies, acting as them, or rewriting the page.";

const CALLS = callSpec({
  needsSource: true,
  hint: /Markup|mark_safe|SafeString|render_template_string|HttpResponse|make_response|Response|HTMLResponse|Template/,
  functions: [
    "markupsafe.Markup",
    "flask.Markup",
    "jinja2.Markup",
    "Markup",
    "django.utils.safestring.mark_safe",
    "mark_safe",
    "django.utils.safestring.SafeString",
    "flask.render_template_string",
    "render_template_string",
    "django.http.HttpResponse",
    "HttpResponse",
    "flask.make_response",
    "make_response",
    "flask.Response",
    "fastapi.responses.HTMLResponse",
    "starlette.responses.HTMLResponse",
    "HTMLResponse",
    "jinja2.Template",
  ],
});

/** Jinja environments: autoescape=False renders every variable into HTML as it is. */
const ENVIRONMENTS = callSpec({
  hint: /autoescape\s*=\s*False/,
  functions: ["jinja2.Environment", "jinja2.Template", "jinja2.environment.Environment"],
});

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
      "A Flask or Django response, Markup()/mark_safe() or render_template_string() gets HTML built from request data that was not escaped; or a Jinja Environment/Template is created with autoescape=False.",
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
    for (const call of findCalls(ctx, CALLS)) {
      const short = call.callee.slice(call.callee.lastIndexOf(".") + 1);
      const type =
        call.kwargs.get("mimetype") ?? call.kwargs.get("content_type") ?? call.kwargs.get("media_type");
      // A JSON or plain-text response is not parsed as HTML by the browser.
      if (type !== undefined && !/html/i.test(type.text())) continue;
      const what = WHAT[short] ?? "returns an HTML response body built from";
      reportTaintedArg(
        ctx,
        call,
        { index: 0, name: short === "render_template_string" ? "source" : "content" },
        "html",
        {
          what: `${short}() ${what}`,
          why: WHY,
          ...(short === "render_template_string" || short === "Template" ? { extraCwe: ["CWE-1336"] } : {}),
        },
      );
    }
    for (const call of findCalls(ctx, ENVIRONMENTS)) {
      if (call.kwargs.get("autoescape")?.text() !== "False") continue;
      ctx.report({
        node: call.node,
        confidence: 0.7,
        message: `${call.callee}(autoescape=False) renders template variables into HTML without escaping, so every value from a request is a way in. ${WHY}`,
      });
    }
    checkHandlerReturns(ctx);
  },
);

/** Flask/FastAPI handlers that return a string are served as text/html: check what they return. */
function checkHandlerReturns(ctx: Parameters<Parameters<typeof defineRule>[1]>[0]): void {
  if (!/<\w/.test(ctx.text) || !/@\w[\w.]*\.(?:route|get|post|put|patch|delete)\s*\(/.test(ctx.text)) return;
  const flow = flowOf(ctx);
  for (const fn of flow.functions) {
    if (
      !fn.decorators.some((d) => /\.(?:route|get|post|put|patch|delete)\s*\(/.test(d)) ||
      !flow.isHandler(fn)
    )
      continue;
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

function checkReturn(
  ctx: Parameters<Parameters<typeof defineRule>[1]>[0],
  flow: FileFlow,
  ret: SgNode,
): void {
  const taint = flow.valueOf(ret).filter((o) => o.built);
  const verdict = verdictFor(flow, taint, "html", { built: 0.3, direct: 0.3 });
  if (verdict?.fromSource !== true) return;
  reportFlow(ctx, ret, verdict, "The handler returns HTML built from", WHY);
}
