/**
 * Which variables a server-side template prints without escaping. Pure: the
 * template's text arrives as data (RuleContext.templates), never read here.
 *
 * Each reader lists the raw outputs of one template language, by the root
 * name of what they print (`profile` for `<%- profile.bio %>`), with loop
 * variables followed back to the collection they walk (`{% for r in reviews %}
 * {{ r.body|safe }}` prints part of `reviews` raw). The names are what a view
 * hands the template in its context, which is how the XSS rules match them.
 */

/** A template file of the repository, as the rules see it. */
export interface TemplateSource {
  /** Repository-relative POSIX path. */
  readonly path: string;
  readonly text: string;
}

export type TemplateEngine = "jinja" | "ejs" | "handlebars" | "pug";

/** One place a template prints a value raw. */
export interface RawOutput {
  /** Root names of the context the printed value comes from. */
  readonly roots: readonly string[];
  /** 1-based line in the template. */
  readonly line: number;
  /** The tag as written, for the finding's evidence. */
  readonly tag: string;
}

/** Past this, a template is not read: one page's markup is far smaller. */
export const MAX_TEMPLATE_CHARS = 512 * 1024;

const ENGINES: Readonly<Record<string, TemplateEngine>> = {
  html: "jinja",
  htm: "jinja",
  jinja: "jinja",
  jinja2: "jinja",
  j2: "jinja",
  djhtml: "jinja",
  njk: "jinja",
  ejs: "ejs",
  hbs: "handlebars",
  handlebars: "handlebars",
  mustache: "handlebars",
  pug: "pug",
  jade: "pug",
};

/** The template language of a file by its extension; Jinja, Nunjucks and Django share one reader. */
export function engineOf(path: string): TemplateEngine | undefined {
  const dot = path.lastIndexOf(".");
  return dot < 0 ? undefined : ENGINES[path.slice(dot + 1).toLowerCase()];
}

/** Every extension a template may have, for names written without one. */
export const TEMPLATE_EXTENSIONS: readonly string[] = Object.keys(ENGINES);

/** The raw outputs of one template; none for a language it does not know or a text past the cap. */
export function rawOutputs(template: TemplateSource): RawOutput[] {
  if (template.text.length > MAX_TEMPLATE_CHARS) return [];
  switch (engineOf(template.path)) {
    case "jinja":
      return jinjaRaw(template.text);
    case "ejs":
      return ejsRaw(template.text);
    case "handlebars":
      return handlebarsRaw(template.text);
    case "pug":
      return pugRaw(template.text);
    default:
      return [];
  }
}

/** Names that are the language's own, not the context's. */
const NOT_CONTEXT = new Set([
  "true",
  "false",
  "null",
  "undefined",
  "none",
  "None",
  "True",
  "False",
  "and",
  "or",
  "not",
  "in",
  "is",
  "if",
  "else",
  "this",
  "typeof",
  "new",
  "JSON",
  "String",
  "Number",
  "Math",
  "Object",
  "Array",
  "locals",
  "include",
]);

/** Each `open … close` span of a text, in order, found with indexOf (linear, no pattern). */
function* spans(text: string, open: string, close: string): Generator<{ inner: string; index: number }> {
  for (let at = text.indexOf(open); at !== -1;) {
    const end = text.indexOf(close, at + open.length);
    if (end === -1) return;
    yield { inner: text.slice(at + open.length, end), index: at };
    at = text.indexOf(open, end + close.length);
  }
}

const isNameStart = (c: string): boolean => /^[A-Za-z_$]$/.test(c);
const isNameChar = (c: string): boolean => /^[\w$]$/.test(c);

/**
 * Root names in an expression: identifiers not after a dot, outside string
 * literals, and not a call's name (`include(...)`, `fmt(x)` give only `x`).
 */
function rootsOf(expression: string): string[] {
  const roots = new Set<string>();
  let quote = "";
  let previous = "";
  for (let i = 0; i < expression.length;) {
    const c = expression.charAt(i);
    if (quote !== "") {
      if (c === quote) quote = "";
      i++;
      continue;
    }
    if (c === "'" || c === '"' || c === "`") {
      quote = c;
      previous = c;
      i++;
      continue;
    }
    if (!isNameStart(c)) {
      if (c.trim() !== "") previous = c;
      i++;
      continue;
    }
    let end = i + 1;
    while (end < expression.length && isNameChar(expression.charAt(end))) end++;
    const id = expression.slice(i, end);
    const after = expression.slice(end).trimStart().charAt(0);
    if (previous !== "." && after !== "(" && !NOT_CONTEXT.has(id)) roots.add(id);
    previous = "a";
    i = end;
  }
  return [...roots];
}

/** Loop variables and aliases to what they come from, followed to the context's own names. */
class Aliases {
  private readonly from = new Map<string, Set<string>>();

  add(name: string, roots: readonly string[]): void {
    if (name === "") return;
    const set = this.from.get(name) ?? new Set<string>();
    for (const r of roots) if (r !== name) set.add(r);
    this.from.set(name, set);
  }

  /** The names themselves and every context name they may stand for. */
  resolve(roots: readonly string[]): string[] {
    const out = new Set<string>();
    const queue = [...roots];
    // Bounded: each name is expanded once.
    while (queue.length > 0) {
      const name = queue.pop() ?? "";
      if (out.has(name)) continue;
      out.add(name);
      for (const next of this.from.get(name) ?? []) queue.push(next);
    }
    return [...out];
  }
}

/** 1-based line of each offset, from one pass over the text. */
function lineOf(text: string): (index: number) => number {
  const starts: number[] = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (index) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** `x in xs` / `x, i in xs`: the loop's names and what it walks. */
function loopOver(words: string): { names: string[]; walked: string } | undefined {
  const parts = words.trim().split(/\s+/);
  const at = parts.indexOf("in");
  if (at < 1) return undefined;
  return {
    names: parts
      .slice(0, at)
      .join(" ")
      .split(",")
      .map((n) => n.trim()),
    walked: parts.slice(at + 1).join(" "),
  };
}

/**
 * Jinja, Nunjucks and Django: `{{ x|safe }}`, and every `{{ x }}` inside
 * `{% autoescape false %}` (Jinja) or `{% autoescape off %}` (Django).
 */
function jinjaRaw(text: string): RawOutput[] {
  const aliases = new Aliases();
  const line = lineOf(text);
  const found: { expression: string; index: number; tag: string }[] = [];
  // The enclosing autoescape blocks, innermost last: true where escaping is off.
  const blocks: boolean[] = [];
  for (let at = text.indexOf("{"); at !== -1;) {
    const unescaped = blocks.at(-1) === true;
    const next = text.charAt(at + 1);
    const close = next === "{" ? "}}" : next === "%" ? "%}" : "";
    const end = close === "" ? -1 : text.indexOf(close, at + 2);
    if (end === -1) {
      at = text.indexOf("{", at + 1);
      continue;
    }
    const inner = text
      .slice(at + 2, end)
      .replace(/^-/, "")
      .replace(/-$/, "");
    if (next === "{") {
      const [value = "", ...filters] = inner.split("|");
      const safe = filters.some((f) => f.trim().startsWith("safe") && !isNameChar(f.trim().charAt(4)));
      if (safe || unescaped) found.push({ expression: value, index: at, tag: text.slice(at, end + 2) });
    } else {
      const [keyword = "", ...words] = inner.trim().split(/\s+/);
      const rest = words.join(" ");
      if (keyword === "autoescape") blocks.push(/^(?:false|off)\b/i.test(rest));
      else if (keyword === "endautoescape") blocks.pop();
      else if (keyword === "for") {
        const loop = loopOver(rest);
        if (loop) for (const name of loop.names) aliases.add(name, rootsOf(loop.walked));
      } else if (keyword === "set" || keyword === "with") {
        const eq = rest.indexOf("=");
        if (eq > 0) aliases.add(rest.slice(0, eq).trim(), rootsOf(rest.slice(eq + 1)));
      }
    }
    at = text.indexOf("{", end + 2);
  }
  return found.map((f) => ({
    roots: aliases.resolve(rootsOf(f.expression)),
    line: line(f.index),
    tag: f.tag.trim(),
  }));
}

/** JavaScript loops inside a template's code: `xs.forEach(function (x)`, `xs.map((x) =>`, `for (const x of xs)`. */
function jsLoops(code: string, aliases: Aliases): void {
  for (const method of [".forEach(", ".map("]) {
    for (let at = code.indexOf(method); at !== -1; at = code.indexOf(method, at + 1)) {
      let start = at;
      while (start > 0 && /^[\w$.]$/.test(code.charAt(start - 1))) start--;
      const walked = code.slice(start, at);
      const after = code
        .slice(at + method.length, at + method.length + 80)
        .replace(/^\s*(?:async\s+)?(?:function\s*[\w$]*\s*)?\(?\s*/, "");
      const name = /^[A-Za-z_$][\w$]*/.exec(after)?.[0];
      if (name !== undefined) aliases.add(name, rootsOf(walked));
    }
  }
  for (let at = code.indexOf("for"); at !== -1; at = code.indexOf("for", at + 3)) {
    const loop = /^for\s*\(\s*(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s+(?:of|in)\s+([\w$.]+)/.exec(
      code.slice(at, at + 120),
    );
    if (loop) aliases.add(loop[1] ?? "", rootsOf(loop[2] ?? ""));
  }
}

/** EJS: `<%- x %>` prints x raw (`<%= %>` escapes). */
function ejsRaw(text: string): RawOutput[] {
  const aliases = new Aliases();
  const line = lineOf(text);
  for (const code of spans(text, "<%", "%>")) jsLoops(code.inner, aliases);
  const out: RawOutput[] = [];
  for (const tag of spans(text, "<%-", "%>")) {
    const roots = rootsOf(tag.inner.replace(/[-_]$/, ""));
    if (roots.length === 0) continue;
    out.push({ roots: aliases.resolve(roots), line: line(tag.index), tag: `<%-${tag.inner}%>`.trim() });
  }
  return out;
}

/**
 * Handlebars and Mustache: `{{{x}}}` and `{{& x}}` print raw. A name inside
 * `{{#each xs}}`, `{{#with x}}` or a Mustache section `{{#xs}}` may be a field
 * of that block's value, so it stands for the block's root too.
 */
function handlebarsRaw(text: string): RawOutput[] {
  const out: RawOutput[] = [];
  const line = lineOf(text);
  const blocks: string[][] = [];
  for (let at = text.indexOf("{{"); at !== -1;) {
    const start = at;
    const triple = text.startsWith("{{{", at);
    const close = triple ? "}}}" : "}}";
    const end = text.indexOf(close, at + close.length);
    if (end === -1) break;
    const inner = text
      .slice(at + close.length, end)
      .replace(/^~/, "")
      .replace(/~$/, "")
      .trim();
    const sigil = inner.charAt(0);
    at = text.indexOf("{{", end + close.length);
    if (!triple && sigil === "#") {
      const [helper = "", ...args] = inner.slice(1).trim().split(/\s+/);
      const walked =
        helper === "each" || helper === "with"
          ? args
          : helper === "if" || helper === "unless"
            ? []
            : [helper];
      blocks.push(walked.flatMap((a) => pathRoot(a)));
      continue;
    }
    if (!triple && sigil === "^") blocks.push([]);
    if (!triple && sigil === "/") blocks.pop();
    if (!triple && sigil !== "&") continue;
    const value = triple ? inner : inner.slice(1);
    const roots = value
      .trim()
      .split(/\s+/)
      .flatMap((p) => pathRoot(p));
    if (roots.length === 0) continue;
    out.push({
      roots: [...new Set([...roots, ...blocks.flat()])],
      line: line(start),
      tag: text.slice(start, end + close.length),
    });
  }
  return out;
}

/** `../thread.title` → thread; `this.name` → name; literals give nothing. */
function pathRoot(path: string): string[] {
  const bare = path.replace(/^(?:\.\.\/)+/, "").replace(/^this\./, "");
  const eq = bare.indexOf("=");
  const value = eq === -1 ? bare : bare.slice(eq + 1);
  const id = /^[A-Za-z_$][\w$-]*/.exec(value)?.[0];
  return id === undefined || NOT_CONTEXT.has(id) ? [] : [id];
}

/** Pug: `p!= x`, `!= x`, `!{x}` and attributes `a(href!=x)` print raw; `each x in xs` / `for x in xs` walk a collection. */
function pugRaw(text: string): RawOutput[] {
  const aliases = new Aliases();
  const out: RawOutput[] = [];
  const lines = text.split("\n");
  lines.forEach((row, i) => {
    const trimmed = row.trim();
    const keyword = /^(?:each|for)\s/.exec(trimmed);
    if (keyword) {
      const loop = loopOver(trimmed.slice(keyword[0].length));
      if (loop) for (const name of loop.names) aliases.add(name, rootsOf(loop.walked));
    }
    const add = (expression: string, tag: string): void => {
      const roots = rootsOf(expression);
      if (roots.length > 0) out.push({ roots: aliases.resolve(roots), line: i + 1, tag: tag.trim() });
    };
    for (let at = row.indexOf("!="); at !== -1; at = row.indexOf("!=", at + 2)) {
      if (row.charAt(at + 2) === "=") continue;
      const before = row.slice(0, at);
      // `p!= x` / `!= x` at the start of a line, or an attribute `(href!=x`, `, title!=x`.
      if (/^\s*[\w.#:-]*$/.test(before)) add(row.slice(at + 2), row.trim());
      else if (/[(,\s][\w:-]+$/.test(before)) add(row.slice(at + 2).split(/[,)]/)[0] ?? "", row.trim());
    }
    for (const span of spans(row, "!{", "}")) add(span.inner, `!{${span.inner}}`);
  });
  return out;
}
