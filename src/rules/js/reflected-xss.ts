import type { SgNode } from "@ast-grep/napi";
import { JS_FAMILY } from "../../core/language.js";
import { enclosingFunction } from "./dataflow/async.js";
import { assignmentsMatching, codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule, type RuleContext } from "../define-rule.js";
import type { TaintEngine } from "./dataflow/engine.js";
import { callArguments, declaredValue, dottedPath, stringValue, unwrap } from "./dataflow/ast.js";
import { checkSinkValues, findCalls, findCallsByWalk, flowOf, isDead } from "./dataflow/flow.js";
import { findTemplate, folderOf, type TemplateLookup } from "../templates/find-template.js";
import { rawOutputs } from "../templates/raw-outputs.js";

const meta = {
  id: "js/reflected-xss",
  languages: JS_FAMILY,
  category: "security",
  severity: "high",
  confidence: 0.8,
  cwe: ["CWE-79", "CWE-74"],
  owasp: "A03:2021-Injection",
  title: "Request data echoed into an HTML response",
  description:
    "An Express res.send/res.write/res.end, Fastify reply.send with an HTML type, Koa ctx.body or NestJS HTML handler response is built from request data without HTML escaping, a template handed to EJS, Pug, Handlebars, Swig or Nunjucks in the code writes a value raw, or res.render/ctx.render/reply.view hands request or stored data to a template file of the repository that prints it raw (<%-, {{{ }}}, !=).",
  why: "Express sends strings as text/html, so markup in the parameter runs as script in the victim's browser when they follow a crafted link (reflected cross-site scripting).",
  howToFix:
    "Render through a template engine that escapes by default, escape values with escape-html (or he.encode) before building HTML, or send data with res.json() / a text/plain content type.",
  references: [
    "https://cwe.mitre.org/data/definitions/79.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://expressjs.com/en/api.html#res.send",
  ],
  fixable: false,
  family: "xss",
  // Operator-only flows (docs/trust-levels.md): text the operator puts in a page is the site's own content.
  operatorFlows: "ignore",
} as const;

/** The handler sets a non-HTML content type (res.type("json"), setHeader("Content-Type", "image/png")). */
function declaresNonHtmlType(call: SgNode): boolean {
  const fn = enclosingFunction(call);
  if (!fn) return false;
  const text = fn.text();
  if (text.length > 20_000) return false;
  const m = /\.(?:type|contentType)\(\s*["'`]([^"'`]+)|Content-Type["'`]\s*,\s*["'`]([^"'`]+)/i.exec(text);
  const type = m?.[1] ?? m?.[2];
  return type !== undefined && !/html|xml|svg/i.test(type);
}

/** The handler sets an HTML type: `ctx.type = "html"`, `reply.type("text/html")`, `setHeader("Content-Type", "text/html")`. */
function declaresHtmlType(node: SgNode): boolean {
  const fn = enclosingFunction(node);
  if (!fn) return false;
  const text = fn.text();
  if (text.length > 20_000) return false;
  return /\.type\s*(?:=\s*|\(\s*)["'`](?:text\/)?html|Content-Type["'`]\s*,\s*["'`]text\/html/i.test(text);
}

/**
 * NestJS: a controller method marked `@Header("Content-Type", "text/html")`
 * sends what it returns as the page.
 */
function reportNestHtmlReturns(ctx: RuleContext, engine: TaintEngine): void {
  const root = ctx.root;
  if (!root) return;
  for (const method of root.findAll({ rule: { kind: "method_definition" } })) {
    // A method's decorators are the siblings right before it in the class body.
    const decorators: SgNode[] = [];
    for (let d = method.prev(); d?.kind() === "decorator"; d = d.prev()) decorators.push(d);
    const html = decorators.some((d) =>
      /^@Header\(\s*["'`]content-type["'`]\s*,\s*["'`]text\/html/i.test(d.text()),
    );
    if (!html) continue;
    const returns = method
      .findAll({ rule: { kind: "return_statement" } })
      .filter((r) => enclosingFunction(r)?.id() === method.id());
    for (const ret of returns) {
      const value = ret.namedChildren()[0];
      if (value)
        checkSinkValues(ctx, engine, meta, ret, [value], { kind: "xss", sink: "an HTML response body" });
    }
  }
}

/**
 * Raw-output tags in a template given to a template engine in the code: EJS
 * `<%-`, Pug `!=` and `!{`, Handlebars/Mustache `{{{` and `{{&`, the `| safe`
 * filter of Swig and Nunjucks. Whatever the template inserts there is markup.
 */
const RAW_TEMPLATE_TAG = /<%-|^[ \t]*[\w.#-]*!=|!\{|\{\{\{|\{\{&|\|\s*safe\b|autoescape\s+(?:false|off)/m;
const TEMPLATE_CALL =
  /^(?:ejs|pug|jade|Handlebars|handlebars|hbs|Mustache|mustache|swig|nunjucks|env)\.(?:render|compile|renderString|compileTemplate|template)$/;

function reportRawTemplates(ctx: RuleContext): void {
  for (const call of findCallsByWalk(ctx, "\\.(render|compile|renderString|compileTemplate|template)$")) {
    if (isDead(call)) continue;
    const path = dottedPath(call.field("function") ?? call) ?? "";
    if (!TEMPLATE_CALL.test(path)) continue;
    const given = callArguments(call)[0];
    // `const TEMPLATE = \`...\`` declared apart from the call: the file's own text is as fixed as an inline one.
    const named = given && unwrap(given).kind() === "identifier" ? unwrap(given).text() : undefined;
    const source = stringValue(named === undefined ? given : declaredValue(call.getRoot().root(), named));
    const tag = source === undefined ? null : RAW_TEMPLATE_TAG.exec(source);
    if (!tag) continue;
    ctx.report({
      node: call,
      message: `The template given to ${path}() writes a value unescaped (${tag[0].trim()}), so what it inserts there is raw HTML. ${meta.why}`,
      confidence: 0.7,
      severity: "medium",
    });
  }
}

/**
 * `Handlebars.compile(source, { noEscape: true })`: every `{{value}}` is written
 * into the page as raw HTML, so whatever a caller renders with it is markup.
 */
function reportUnescapedTemplates(ctx: RuleContext): void {
  for (const call of findCallsByWalk(ctx, "(^|\\.)(compile|precompile)$")) {
    if (isDead(call)) continue;
    for (const arg of callArguments(call).slice(1)) {
      const options = unwrap(arg);
      if (options.kind() !== "object") continue;
      const flag = options
        .namedChildren()
        .find(
          (p) =>
            p.kind() === "pair" &&
            p.field("key")?.text() === "noEscape" &&
            p.field("value")?.text() === "true",
        );
      if (!flag) continue;
      ctx.report({
        node: call,
        message: `The template is compiled with noEscape: true, so {{...}} values are inserted as raw HTML. ${meta.why}`,
        confidence: 0.7,
      });
    }
  }
}

/** Express `res.render`, Koa `ctx.render` (@koa/ejs, koa-views), Fastify `reply.view` (@fastify/view). */
const RENDERS = "^(?:res|response|ctx|reply|this\\.ctx)\\.(?:render|view)$";
/** Option keys that name the views folder: @koa/ejs and @fastify/view `root`, koa-views and others `views`/`viewsDir`. */
const FOLDER_KEYS = new Set(["root", "views", "viewsDir", "viewDir", "templates"]);
/** Option keys that name the templates' extension: @koa/ejs `viewExt`, express-handlebars `extname`, koa-views `extension`. */
const EXTENSION_KEYS = new Set(["viewExt", "extname", "extension"]);

/** The last string written in an expression: `path.join(__dirname, "views")` → views. */
function lastString(node: SgNode | null | undefined): string | undefined {
  const parts = node?.findAll({ rule: { kind: "string_fragment" } }) ?? [];
  return parts.at(-1)?.text();
}

/** Where this file's framework looks for views: folders and extensions it names, and the conventional `views/`. */
function viewLookup(ctx: RuleContext): TemplateLookup {
  const folders = ["views"];
  const extensions: string[] = [];
  for (const call of findCallsByWalk(ctx, "\\.set$")) {
    const [setting, value] = callArguments(call);
    const key = stringValue(setting);
    const text = lastString(value);
    if (text === undefined) continue;
    if (key === "views") folders.unshift(folderOf(text));
    if (key === "view engine") extensions.push(text);
  }
  for (const pair of ctx.root?.findAll({ rule: { kind: "pair" } }) ?? []) {
    const key =
      pair
        .field("key")
        ?.text()
        .replace(/^["'`]|["'`]$/g, "") ?? "";
    if (!FOLDER_KEYS.has(key) && !EXTENSION_KEYS.has(key)) continue;
    const text = lastString(pair.field("value"));
    if (text === undefined) continue;
    if (FOLDER_KEYS.has(key)) folders.unshift(folderOf(text));
    else extensions.push(text.replace(/^\./, ""));
  }
  return { folders: folders.filter((f) => f !== ""), extensions };
}

/**
 * A view rendered with values a template prints raw: `res.render("thread", { thread })`
 * where views/thread.hbs writes `{{{signature}}}` inside `{{#each thread.posts}}`.
 * The template is read from the repository's templates (ctx.templates); each
 * value handed under a name the template prints unescaped is a sink, reported
 * at the render call with the template's file and line as evidence. A
 * template that cannot be found is not judged.
 */
function reportRawRenders(ctx: RuleContext, engine: TaintEngine): void {
  // Found by a walk of their own: the shared walk collects only the callees of the other sinks.
  const calls = findCallsByWalk(ctx, RENDERS);
  if (calls.length === 0) return;
  const lookup = viewLookup(ctx);
  for (const call of calls) {
    const [nameArg, data] = callArguments(call);
    const name = stringValue(nameArg);
    const object = data === undefined ? undefined : unwrap(data);
    if (name === undefined || object?.kind() !== "object") continue;
    const template = findTemplate(ctx.templates, ctx.file.path, name, lookup);
    const raw = template === undefined ? [] : rawOutputs(template);
    if (template === undefined || raw.length === 0) continue;
    const callee = dottedPath(call.field("function") ?? call) ?? "res.render";
    for (const property of object.namedChildren()) {
      const shorthand = property.kind() === "shorthand_property_identifier";
      if (!shorthand && property.kind() !== "pair") continue;
      const key = shorthand
        ? property.text()
        : (stringValue(property.field("key")) ?? property.field("key")?.text());
      const value = shorthand ? property : property.field("value");
      const output = raw.find((o) => key !== undefined && o.roots.includes(key));
      if (value === null || output === undefined) continue;
      const sink = `${callee}() into ${template.path}, which prints ${key} unescaped on line ${output.line} (${output.tag})`;
      if (checkSinkValues(ctx, engine, meta, call, [value], { kind: "xss", sink })) break;
    }
  }
}

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  const { text } = ctx;
  if (
    !root ||
    (!/\.(send|write|end)\s*\(|\.body\s*=|noEscape|<%-|!=|!\{|\{\{[{&]|safe\b|autoescape|@Header/.test(
      text,
    ) &&
      !(ctx.templates.length > 0 && /\.(?:render|view)\s*\(/.test(text)))
  )
    return;
  if (text.includes("noEscape")) reportUnescapedTemplates(ctx);
  if (/<%-|!=|!\{|\{\{[{&]|\|\s*safe\b|autoescape/.test(text)) reportRawTemplates(ctx);
  const engine = flowOf(ctx);
  if (!engine) return;
  if (/@Header\(/.test(text)) reportNestHtmlReturns(ctx, engine);
  if (ctx.templates.length > 0) reportRawRenders(ctx, engine);
  for (const call of findCalls(
    ctx,
    /^(res|response|reply)(\.(status|set|header|setHeader|type|code)\([^()]*\))*\.(send|write|end)$/,
  )) {
    const fnText = call.field("function")?.text() ?? "res.send";
    // res.type("text") / res.set("Content-Type", "text/plain") earlier in the chain make it plain text.
    if (/\.type\(\s*["'](text(?!\/html)|json|txt)|text\/plain|application\/json/.test(fnText)) continue;
    // Fastify sends a string as text/plain unless the handler sets an HTML type.
    if (fnText.startsWith("reply") && !/html/i.test(fnText) && !declaresHtmlType(call)) continue;
    const body = callArguments(call)[0];
    if (!body || body.kind() === "object" || /^Buffer\.(from|concat)\(/.test(body.text())) continue;
    if (declaresNonHtmlType(call)) continue;
    checkSinkValues(ctx, engine, meta, call, [body], {
      kind: "xss",
      sink: `${dottedPath(call.field("function") ?? call) ?? "res.send"}()`,
    });
  }
  const koaBodies = assignmentsMatching(ctx, /^ctx\.(body|response\.body)$/);
  for (const assignment of koaBodies) {
    const right = assignment.field("right");
    // Koa serves strings starting with "<" as HTML, and any string after `ctx.type = "html"`; plain values are text.
    if (!right || (!/^[`'"]\s*</.test(right.text()) && !declaresHtmlType(assignment))) continue;
    checkSinkValues(ctx, engine, meta, assignment, [right], { kind: "xss", sink: "ctx.body" });
  }
});
