import { describe, expect, it } from "vitest";
import type { CodeLanguage } from "../../../core/language.js";
import { parseSource } from "../../parse.js";
import { TaintEngine } from "./engine.js";
import { hasOrigin, reaching, type SinkKind } from "./taint.js";

/**
 * Each case calls `sink(x)` once; the table says whether the argument carries
 * data from a real source for the given sink kind.
 */
interface FlowCase {
  readonly name: string;
  readonly code: string;
  readonly tainted: boolean;
  readonly kind?: SinkKind;
  readonly language?: CodeLanguage;
}

const CASES: readonly FlowCase[] = [
  {
    name: "direct member of req.query",
    code: `app.get("/", (req, res) => { sink(req.query.id); });`,
    tainted: true,
  },
  {
    name: "destructuring",
    code: `app.get("/", (req, res) => { const { id } = req.query; sink(id); });`,
    tainted: true,
  },
  {
    name: "nested destructuring with rename",
    code: `app.post("/", (req) => { const { user: { name: n } } = req.body; sink(n); });`,
    tainted: true,
  },
  {
    name: "array destructuring of argv",
    code: `const [, , target] = process.argv; sink(target);`,
    tainted: true,
  },
  {
    name: "concatenation and template",
    code: `app.get("/", (req) => { const a = "x" + req.params.p; const b = \`\${a}!\`; sink(b); });`,
    tainted: true,
  },
  {
    name: "join of an array literal",
    code: `app.get("/", (req) => { const parts = ["ls", req.query.d]; sink(parts.join(" ")); });`,
    tainted: true,
  },
  {
    name: "constant field of a mixed object",
    code: `app.get("/", (req) => { const o = { safe: "a", bad: req.query.q }; sink(o.safe); });`,
    tainted: false,
  },
  {
    name: "tainted field of a mixed object",
    code: `app.get("/", (req) => { const o = { safe: "a", bad: req.query.q }; sink(o.bad); });`,
    tainted: true,
  },
  {
    name: "spread keeps taint",
    code: `app.get("/", (req) => { const o = { ...req.body }; sink(o.anything); });`,
    tainted: true,
  },
  {
    name: "constant array index",
    code: `app.get("/", (req) => { const a = ["ok", req.query.q]; sink(a[0]); });`,
    tainted: false,
  },
  {
    name: "method on a tainted string",
    code: `app.get("/", (req) => { sink(req.query.q.trim().toLowerCase()); });`,
    tainted: true,
  },
  {
    name: "boolean-returning method kills",
    code: `app.get("/", (req) => { sink(req.query.q.includes("x")); });`,
    tainted: false,
  },
  {
    name: "Number cast kills",
    code: `app.get("/", (req) => { sink(Number(req.query.n)); });`,
    tainted: false,
  },
  { name: "unary plus kills", code: `app.get("/", (req) => { sink(+req.query.n); });`, tainted: false },
  {
    name: "reassigned to a constant",
    code: `app.get("/", (req) => { let x = req.query.x; x = "safe"; sink(x); });`,
    tainted: false,
  },
  {
    name: "conditional reassignment keeps taint",
    code: `app.get("/", (req) => { let x = req.query.x; if (req.user) x = "safe"; sink(x); });`,
    tainted: true,
  },
  {
    name: "conditional taint reaches later use",
    code: `app.get("/", (req) => { let x = "safe"; if (req.user) { x = req.query.x; } sink(x); });`,
    tainted: true,
  },
  {
    name: "allow-list guard with early return",
    code: `app.get("/", (req, res) => { const x = req.query.x; if (!OK.includes(x)) return res.end(); sink(x); });`,
    tainted: false,
  },
  {
    name: "allow-list guard that falls back to a literal",
    code: `app.get("/", (req) => { let lang = req.query.lang; if (!LANGS.has(lang)) lang = "en"; sink(lang); });`,
    tainted: false,
  },
  {
    name: "allow-list guard whose fallback is another input is no guard",
    code: `app.get("/", (req) => { let lang = req.query.lang; if (!LANGS.has(lang)) lang = req.query.fallback; sink(lang); });`,
    tainted: true,
  },
  {
    name: "a literal fallback for a different name guards nothing",
    code: `app.get("/", (req) => { let lang = req.query.lang; let other = "x"; if (!LANGS.has(lang)) other = "en"; sink(lang); });`,
    tainted: true,
  },
  {
    name: "either part of an early exit's || guards: an allow-list check after another test",
    code: `app.get("/", (req, res) => { const x = req.query.x; if (!x || !OK.includes(x)) return res.end(); sink(x); });`,
    tainted: false,
  },
  {
    name: "an || exit whose parts check other names guards nothing",
    code: `app.get("/", (req, res) => { const x = req.query.x; if (!req.user || !OK.includes(req.query.y)) return res.end(); sink(x); });`,
    tainted: true,
  },
  {
    name: "an && inside an || exit is no guard of its part",
    code: `app.get("/", (req, res) => { const x = req.query.x; if (!OK.includes(x) && req.user || y) return res.end(); sink(x); });`,
    tainted: true,
  },
  {
    name: "a parsed URL whose origin is pinned before an exit cannot reach another server",
    code: `app.get("/", async (req) => { const u = new URL(req.query.u, BASE); if (u.origin !== BASE || !u.pathname.startsWith("/r/")) throw new Error("no"); sink(u.href); });`,
    tainted: false,
    kind: "url",
  },
  {
    name: "a parsed URL whose host is on an allow-list before an exit",
    code: `app.post("/", async (req) => { const u = new URL(req.body.url); if (u.protocol !== "https:" || !HOSTS.has(u.hostname)) throw new Error("no"); sink(u.href); });`,
    tainted: false,
    kind: "url",
  },
  {
    name: "a pinned host does not make the URL's path safe for a file path",
    code: `app.post("/", async (req) => { const u = new URL(req.body.url); if (!HOSTS.has(u.hostname)) throw new Error("no"); sink(u.pathname); });`,
    tainted: true,
    kind: "path",
  },
  {
    name: "a URL replaced by a fixed path when its origin is not the request's own",
    code: `app.get("/", (req) => { let t = new URL(req.query.next, req.url); if (t.origin !== req.nextUrl.origin) t = new URL("/home", req.url); sink(t); });`,
    tainted: false,
    kind: "redirect",
  },
  {
    name: "a URL replaced by other input when its origin differs is still input",
    code: `app.get("/", (req) => { let t = new URL(req.query.next, req.url); if (t.origin !== ORIGIN) t = new URL(req.query.alt); sink(t); });`,
    tainted: true,
    kind: "redirect",
  },
  {
    name: "a scheme check alone does not pin the server",
    code: `app.post("/", async (req) => { const u = new URL(req.body.url); if (u.protocol !== "https:") throw new Error("no"); sink(u.href); });`,
    tainted: true,
    kind: "url",
  },
  {
    name: "typeof not a string in an || exit keeps operators out of a MongoDB filter",
    code: `app.post("/", (req, res) => { const { a, b } = req.body; if (typeof a !== "string" || typeof b !== "string") return res.end(); sink(b); });`,
    tainted: false,
    kind: "nosql",
  },
  {
    name: "a string method's result cannot be a MongoDB operator object",
    code: `app.post("/", (req) => { sink({ email: req.body.email.toLowerCase() }); });`,
    tainted: false,
    kind: "nosql",
  },
  {
    name: "a string method's result is still the caller's text for SQL",
    code: `app.post("/", (req) => { sink("SELECT * FROM u WHERE e = '" + req.body.email.toLowerCase() + "'"); });`,
    tainted: true,
    kind: "sql",
  },
  {
    name: "a path whose relative form from the root does not climb out is contained",
    code: `app.get("/", (req, res) => { const file = path.resolve(ROOT, req.query.f); const rel = path.relative(ROOT, file); if (rel.startsWith("..") || path.isAbsolute(rel)) return res.end(); sink(file); });`,
    tainted: false,
    kind: "path",
  },
  {
    name: "a single relative-path check before an exit contains the path",
    code: `app.get("/", (req, res) => { const file = path.join(ROOT, req.query.f); const rel = path.relative(ROOT, file); if (rel.startsWith("..")) return res.end(); sink(file); });`,
    tainted: false,
    kind: "path",
  },
  {
    name: "a relative-path check contains the path, not a URL built from it",
    code: `app.get("/", (req, res) => { const file = req.query.f; const rel = path.relative(ROOT, file); if (rel.startsWith("..")) return res.end(); sink(file); });`,
    tainted: true,
    kind: "url",
  },
  {
    name: "a pattern anchored at both ends is a guard",
    code: `const NAME_RE = /^[a-z0-9-]{1,40}$/;\napp.get("/", (req, res) => { const t = req.query.t; if (!NAME_RE.test(t)) return res.end(); sink(t); });`,
    tainted: false,
    kind: "command",
  },
  {
    name: "a pattern not anchored at the end checks only how the value starts",
    code: `const NAME_RE = /^[a-z0-9-]+/;\napp.get("/", (req, res) => { const t = req.query.t; if (!NAME_RE.test(t)) return res.end(); sink(t); });`,
    tainted: true,
    kind: "command",
  },
  {
    name: "a pattern pinning a local path's start keeps a redirect on the site",
    code: `app.get("/", (req, res) => { const next = req.query.next; if (!/^\\/(?!\\/)/.test(next)) return res.redirect("/"); sink(next); });`,
    tainted: false,
    kind: "redirect",
  },
  {
    name: "an inline pattern not anchored at the end is no guard either",
    code: `app.get("/", (req, res) => { const t = req.query.t; if (!/^\\w+/.test(t)) return res.end(); sink(t); });`,
    tainted: true,
    kind: "command",
  },
  {
    name: "Array.isArray checks the shape, not the content",
    code: `app.patch("/", (req, res) => { const ops = req.body.ops; if (!Array.isArray(ops) || ops.length > 50) return res.end(); sink(ops); });`,
    tainted: true,
  },
  {
    name: "positive allow-list guard, inside",
    code: `app.get("/", (req) => { const x = req.query.x; if (OK.has(x)) { sink(x); } });`,
    tainted: false,
  },
  {
    name: "same-file helper returning its argument",
    code: `function wrap(s) { return "<" + s + ">"; }\napp.get("/", (req) => { sink(wrap(req.query.q)); });`,
    tainted: true,
  },
  {
    name: "same-file helper returning a constant",
    code: `function label(s) { return "fixed"; }\napp.get("/", (req) => { sink(label(req.query.q)); });`,
    tainted: false,
  },
  {
    name: "helper reading the request itself",
    code: `const getId = (req) => req.params.id;\napp.get("/", (req) => { sink(getId(req)); });`,
    tainted: true,
  },
  {
    name: "sink in a helper, taint from its caller",
    code: `function run(c) { sink(c); }\napp.get("/", (req) => { run(req.query.c); });`,
    tainted: true,
  },
  {
    name: "sanitiser for the same sink",
    code: `app.get("/", (req) => { sink(escapeHtml(req.query.q)); });`,
    tainted: false,
    kind: "xss",
  },
  {
    name: "sanitiser for another sink",
    code: `app.get("/", (req) => { sink(escapeHtml(req.query.q)); });`,
    tainted: true,
    kind: "command",
  },
  {
    name: "await request.json()",
    code: `export async function POST(request) { const body = await request.json(); sink(body.name); }`,
    tainted: true,
  },
  {
    name: "Next.js searchParams",
    code: `export async function GET(request) { sink(request.nextUrl.searchParams.get("q")); }`,
    tainted: true,
    language: "typescript",
  },
  {
    name: "Next.js page props",
    code: `export default function Page({ params }) { sink(params.slug); }`,
    tainted: true,
    language: "tsx",
  },
  {
    name: "Koa request body",
    code: `router.post("/", async (ctx) => { sink(ctx.request.body.name); });`,
    tainted: true,
  },
  {
    name: "Koa ctx.state is not input",
    code: `router.post("/", async (ctx) => { sink(ctx.state.user); });`,
    tainted: false,
  },
  { name: "location.hash", code: `const h = location.hash.slice(1); sink(h);`, tainted: true },
  {
    name: "message event data",
    code: `window.addEventListener("message", (e) => { sink(e.data); });`,
    tainted: true,
  },
  {
    name: "fetch response body",
    code: `async function f() { const r = await fetch("/x"); const t = await r.text(); sink(t); }`,
    tainted: true,
  },
  {
    name: "file contents",
    code: `const fs = require("fs"); const cfg = fs.readFileSync("a.json", "utf8"); sink(cfg);`,
    tainted: true,
  },
  {
    name: "element of a tainted array in forEach",
    code: `app.post("/", (req) => { req.body.items.forEach((item) => sink(item)); });`,
    tainted: true,
  },
  {
    name: "for...of element",
    code: `app.post("/", (req) => { for (const f of req.body.files) { sink(f); } });`,
    tainted: true,
  },
  {
    name: "dead branch does not define",
    code: `app.get("/", (req) => { let x = "a"; if (false) { x = req.query.x; } sink(x); });`,
    tainted: false,
  },
  {
    name: "unknown function result has unknown provenance",
    code: `app.get("/", async (req) => { const u = await findUser(req.query.id); sink(u.name); });`,
    tainted: false,
  },
  { name: "parameter of an unrelated function", code: `function f(a) { sink(a); }`, tainted: false },
  {
    name: "typescript casts are transparent",
    code: `app.get("/", (req: Request) => { const id = (req.query.id as string)!; sink(id); });`,
    tainted: true,
    language: "typescript",
  },
  {
    name: "allow-list guard with a TypeScript cast",
    code: `export async function GET(request) { const s = request.nextUrl.searchParams.get("s"); if (!SORTS.includes(s as (typeof SORTS)[number])) return; sink(s); }`,
    tainted: false,
    language: "typescript",
  },
  {
    name: "request URL as the base of new URL",
    code: `export async function GET(request) { sink(new URL("/login", request.url)); }`,
    tainted: false,
  },
  {
    name: "tainted path resolved against the request URL",
    code: `export async function GET(request) { const next = new URL(request.url).searchParams.get("next"); sink(new URL(next, request.url)); }`,
    tainted: true,
  },
  {
    name: "stripping replace keeps only allowed characters",
    code: `app.get("/", (req) => { sink(req.query.b.replace(/[^\\w.-]/g, "")); });`,
    tainted: false,
  },
  {
    name: "map with a casting callback",
    code: `app.post("/", (req) => { const ids = req.body.ids.map((id) => Number.parseInt(id, 10)); sink(ids.join(",")); });`,
    tainted: false,
  },
  {
    name: "map with a pass-through callback",
    code: `app.post("/", (req) => { const names = req.body.users.map((u) => u.name); sink(names.join(",")); });`,
    tainted: true,
  },
  {
    name: "Koa ctx.throw ends the flow of an allow-list guard",
    code: `router.get("/", async (ctx) => { if (!ALLOWED.has(ctx.query.t)) ctx.throw(404); sink(ctx.query.t); });`,
    tainted: false,
  },
  {
    name: "ternary that returns the validated value",
    code: `app.get("/", (req) => { const n = /^\\/(?!\\/)/.test(req.query.n) ? req.query.n : "/"; sink(n); });`,
    tainted: false,
  },
  {
    name: "ternary that keeps a path on this site (starts with one slash, not two)",
    code: `app.post("/", (req, res) => { const r = req.body.relay; const t = typeof r === "string" && r.startsWith("/") && !r.startsWith("//") ? r : "/"; sink(t); });`,
    tainted: false,
    kind: "redirect",
  },
  {
    name: "a single-slash check alone lets //evil.example through",
    code: `app.post("/", (req, res) => { const r = req.body.relay; const t = r.startsWith("/") ? r : "/"; sink(t); });`,
    tainted: true,
    kind: "redirect",
  },
  {
    name: "ternary that validates something else",
    code: `app.get("/", (req) => { const n = OK.has(req.query.a) ? req.query.n : "/"; sink(n); });`,
    tainted: true,
  },
  { name: "req.user is not input", code: `app.get("/", (req) => { sink(req.user.name); });`, tainted: false },
  {
    name: "argument of a class method called from a route in the same file",
    code: `class Finder { byName(n) { sink("name=" + n); } }
const finder = new Finder();
app.get("/f", (req) => finder.byName(req.query.n));`,
    tainted: true,
  },
  {
    name: "class method only called with constants",
    code: `class Finder { byName(n) { sink("name=" + n); } }
const finder = new Finder();
app.get("/f", () => finder.byName("all"));`,
    tainted: false,
  },
  {
    name: "return value of a class method summarised for its argument",
    code: `class Shell { line(dir) { return "ls " + dir; } }
const shell = new Shell();
app.get("/ls", (req) => { sink(shell.line(req.query.dir)); });`,
    tainted: true,
  },
  {
    name: "two classes define the method: ambiguous, not summarised",
    code: `class A { line(d) { return "ls " + d; } }
class B { line(d) { return "ls"; } }
app.get("/ls", (req) => { const shell = pick(); sink(shell.line(req.query.dir)); });`,
    tainted: false,
  },
  {
    name: "public method of an exported class with no caller in the file",
    code: `export class Archiver { pack(dir: string) { sink("tar czf out.tgz " + dir); } }`,
    language: "typescript",
    tainted: true,
  },
  {
    name: "private method of an exported class",
    code: `export class Archiver { private pack(dir: string) { sink("tar czf out.tgz " + dir); } }`,
    language: "typescript",
    tainted: false,
  },
  {
    name: "method of a class the module does not export",
    code: `class Archiver { pack(dir) { sink("tar czf out.tgz " + dir); } }
module.exports = { run: () => new Archiver() };`,
    tainted: false,
  },
  {
    name: "class exported through module.exports",
    code: `class Archiver { pack(dir) { sink("tar czf out.tgz " + dir); } }
module.exports = Archiver;`,
    tainted: true,
  },
  {
    name: "numeric parameter of an exported method",
    code: `export class Archiver { pack(id: number) { sink("tar czf " + String(id) + ".tgz"); } }`,
    language: "typescript",
    tainted: false,
  },
  {
    name: "a library call without a model passes its argument's data on",
    code: `const marked = require("marked");
app.get("/", (req, res) => { sink(marked.parse(req.query.md)); });`,
    kind: "xss",
    tainted: true,
  },
  {
    name: "an imported library function without a model passes its argument's data on",
    code: `import slugify from "slugify";
app.get("/", (req, res) => { sink("mkdir " + slugify(req.query.name)); });`,
    tainted: true,
  },
  {
    name: "a function of the project's own modules is left to cross-file summaries",
    code: `import { layout } from "./layout";
app.get("/", (req, res) => { sink(layout(req.query.title)); });`,
    kind: "xss",
    tainted: false,
  },
  {
    name: "a helper required from a project alias is the project's code",
    code: `const { render } = require("@/lib/render");
app.get("/", (req, res) => { sink(render(req.query.title)); });`,
    kind: "xss",
    tainted: false,
  },
  {
    name: "a predicate answers yes or no",
    code: `const validator = require("validator");
app.get("/", (req, res) => { sink(validator.isEmail(req.query.to)); });`,
    tainted: false,
  },
  {
    name: "a compiled template escapes what it inserts",
    code: `const view = Handlebars.compile("<p>{{q}}</p>");
app.get("/", (req, res) => { sink(view({ q: req.query.q })); });`,
    kind: "xss",
    tainted: false,
  },
  {
    name: "a library call's result is the program's judgement, not raw input, for the session",
    code: `const jwt = require("jsonwebtoken");
app.get("/", (req, res) => { sink(jwt.decode(req.query.token)); });`,
    kind: "session",
    tainted: false,
  },
  {
    name: "a method of an object the engine cannot see passes arguments on as a library call",
    code: `app.get("/", async (req, res) => { sink("ls " + (await client.render(req.query.dir))); });`,
    tainted: true,
  },
  {
    name: "a lookup through an object the engine cannot see returns stored data, not its argument",
    code: `app.get("/", async (req, res) => { sink("ls " + (await repo.findByName(req.query.dir))); });`,
    tainted: false,
  },
];

describe("TaintEngine", () => {
  it.each(CASES)("$name", ({ code, tainted, kind, language }) => {
    const { root } = parseSource(language ?? "javascript", code);
    const call = root.find({
      rule: { kind: "call_expression", has: { field: "function", regex: "^sink$" } },
    });
    const arg = call?.field("arguments")?.namedChildren()[0];
    expect(arg, "the case calls sink(x)").toBeDefined();
    if (!arg) return;
    const t = reaching(new TaintEngine(root, code).valueOf(arg), kind ?? "command");
    expect(t !== undefined && hasOrigin(t)).toBe(tainted);
  });
});
