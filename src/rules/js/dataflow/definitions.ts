import type { SgNode } from "@ast-grep/napi";
import {
  callArguments,
  dottedPath,
  endOf,
  endsFlow,
  memberKey,
  startOf,
  stringValue,
  unwrap,
} from "./ast.js";
import { memberOf } from "./evaluate.js";
import type { Definition, EvalMode } from "./scope.js";
import { join, sanitise, SINK_KINDS, type SinkKind, type Value } from "./taint.js";

/** Evaluates an expression node in the scope being collected. */
export type Evaluate = (node: SgNode, mode: EvalMode) => Value;
/** Reads the definitions of a name that hold at a node, for `x += y`. */
export type Previous = (name: string, at: SgNode, mode: EvalMode) => Value;

/**
 * Binds every name in a destructuring pattern (`{ id, user: { name } }`,
 * `[a, b = 1]`, `...rest`) to the part of `value` it takes.
 */
export function bindPattern(
  pattern: SgNode,
  value: (mode: EvalMode) => Value,
  emit: (name: string, value: (mode: EvalMode) => Value) => void,
): void {
  const kind = pattern.kind();
  if (kind === "identifier" || kind === "shorthand_property_identifier_pattern") {
    emit(pattern.text(), value);
    return;
  }
  if (kind === "object_pattern") {
    for (const part of pattern.namedChildren()) {
      const partKind = part.kind();
      if (partKind === "shorthand_property_identifier_pattern") {
        const key = part.text();
        emit(key, (m) => memberOf(value(m), key, key, part.range().start.line + 1));
      } else if (partKind === "pair_pattern") {
        const keyNode = part.field("key");
        const key = keyNode?.kind() === "property_identifier" ? keyNode.text() : stringValue(keyNode);
        const inner = part.field("value");
        if (inner)
          bindPattern(
            inner,
            (m) => memberOf(value(m), key, key ?? "property", keyNode ? keyNode.range().start.line + 1 : 0),
            emit,
          );
      } else if (partKind === "object_assignment_pattern") {
        const left = part.field("left");
        if (left)
          bindPattern(
            left,
            (m) => memberOf(value(m), left.text(), left.text(), left.range().start.line + 1),
            emit,
          );
      } else if (partKind === "rest_pattern") {
        const inner = part.namedChildren()[0];
        if (inner) bindPattern(inner, value, emit);
      }
    }
    return;
  }
  if (kind === "array_pattern") {
    pattern.namedChildren().forEach((part, i) => {
      if (part.kind() === "rest_pattern") {
        const inner = part.namedChildren()[0];
        if (inner) bindPattern(inner, value, emit);
      } else {
        bindPattern(part, (m) => memberOf(value(m), String(i), `[${i}]`, part.range().start.line + 1), emit);
      }
    });
    return;
  }
  if (kind === "assignment_pattern" || kind === "object_assignment_pattern") {
    const left = pattern.field("left");
    if (left) bindPattern(left, value, emit);
    return;
  }
  if (kind === "rest_pattern") {
    const inner = pattern.namedChildren()[0];
    if (inner) bindPattern(inner, value, emit);
  }
}

/** Allow-list checks: `ALLOWED.includes(x)`, `/^\d+$/.test(x)`, `isValidId(x)`, `SET.has(x)`. */
/** The checked value: a name, or the host of a parsed URL (`new URL(x).hostname` checks `x`). */
const ARG = String.raw`(?:new URL\(\s*([\w$.]+)\s*\)\.(?:hostname|host|origin)|([\w$.]+))`;
const ALLOW_LIST_CHECK = new RegExp(
  String.raw`^(?:[\w$.]+|\[[^\]]*\]|\/.+\/[a-z]*)\.(?:includes|has|test)\(\s*${ARG}\s*\)$`,
);
const CALL_OF_NAME = new RegExp(String.raw`^[\w$.]+\(\s*${ARG}\s*[,)]`);
/** A checker's name: its last part holds `is` and a capital, or `valid` (`isAllowed`, `user.isValidId`, `validate`). */
const CHECKER_PART = /is[A-Z]|[vV]alid/;

/**
 * An allow-list check or a call of a checker on one name. The checker's name
 * is read from the callee apart from the pattern: in one pattern, the
 * callee's run of word characters could be split around `is[A-Z]` in as many
 * ways as it holds, each read to its end (docs/security-notes/linear-work.md).
 */
export function positiveCheck(text: string, at?: SgNode): RegExpExecArray | null {
  const listed = ALLOW_LIST_CHECK.exec(text);
  if (listed) return listed;
  const call = CALL_OF_NAME.exec(text);
  if (!call) return null;
  const callee = text.slice(0, text.indexOf("("));
  const lastPart = callee.slice(Math.max(callee.lastIndexOf("."), callee.lastIndexOf("$")) + 1);
  if (CHECKER_PART.test(lastPart)) return SHAPE_ONLY.has(lastPart) ? null : call;
  return at !== undefined && localValidator(callee, at) ? call : null;
}

/** `typeof code === "string"`: a type test of one name, allowed beside the tests below. */
const TYPEOF_STRING = /^typeof\s+([\w$]+)\s*===?\s*["']string["']$/;
/** `ALLOWED.includes(code)`, `CODES.has(code)`: a constant allow-list. */
const LISTED = /^[A-Z][A-Z\d_]*\.(?:includes|has)\(\s*([\w$]+)\s*\)$/;

/**
 * Whether one test of a validator's answer checks `name`: a
 * full match of a pattern (`/^[A-Z0-9]{8}$/.test(code)`) or an allow-list.
 * Read by plain code: the parts are split on `&&` first.
 */
function testsName(test: string, name: string): boolean {
  const t = test.trim();
  if (LISTED.exec(t)?.[1] === name) return true;
  const tail = `.test(${name})`;
  if (!t.startsWith("/^") || !t.endsWith(tail)) return false;
  const pattern = t.slice(0, -tail.length);
  return pattern.slice(0, pattern.lastIndexOf("/")).endsWith("$");
}

/**
 * A top-level function of the file, whatever its name (`looksSafe`), whose
 * answer is a type, full-match or allow-list test of its first parameter:
 * a call of it is a check of the value passed, as `isValid(x)` is.
 */
function localValidator(callee: string, at: SgNode): boolean {
  if (!/^[\w$]+$/.test(callee)) return false;
  const fn = topLevelFunction(callee, at);
  if (fn?.paramName === undefined || fn.body.length > 400) return false;
  const { body, paramName } = fn;
  const returned = /\breturn\s+([^;\n]+)/.exec(body)?.[1] ?? "";
  // A type test alone says nothing of the text (a string still carries quotes): a pattern or a list must be among the tests.
  const parts = returned.split("&&").map(stripParens);
  return (
    parts.some((part) => testsName(part, paramName)) &&
    parts.every((part) => testsName(part, paramName) || TYPEOF_STRING.exec(part)?.[1] === paramName)
  );
}

/** The first top-level function declaration (exported or not) named `callee`: its body's text and its first parameter's name. */
/**
 * The body of the file's top-level function `callee` (a declaration, exported
 * or not), or undefined: for judging a local helper by its code rather than its name.
 */
export function topLevelFunctionBody(callee: string, at: SgNode): string | undefined {
  return topLevelFunction(callee, at)?.body;
}

function topLevelFunction(
  callee: string,
  at: SgNode,
): { readonly body: string; readonly paramName: string | undefined } | undefined {
  for (const statement of at.getRoot().root().children()) {
    const fn = statement.kind() === "export_statement" ? statement.field("declaration") : statement;
    if (fn?.kind() !== "function_declaration" || fn.field("name")?.text() !== callee) continue;
    const param = fn.field("parameters")?.namedChildren()[0];
    return { body: fn.field("body")?.text() ?? "", paramName: (param?.field("pattern") ?? param)?.text() };
  }
  return undefined;
}
/**
 * The names a passed check vouches for: the checked name, and for a
 * checker given several names (`isInside(dir, file)`, `isAllowedRedirect(client, uri)`)
 * each of them, since which one the checker tests is its own business. A
 * name wrapped in a cast to string (`String(uri)`) counts as that name.
 */
function checkedArguments(check: string, first: string): string[] {
  const open = check.indexOf("(");
  if (ALLOW_LIST_CHECK.test(check) || open < 0 || !check.endsWith(")")) return [first];
  const names = new Set([first]);
  for (const arg of topLevelDisjuncts(check.slice(open + 1, -1), ",")) {
    const name = /^(?:String\(\s*([\w$.]+)\s*\)|([\w$.]+))$/.exec(arg);
    const found = name?.[1] ?? name?.[2];
    if (found !== undefined && !/^\d/.test(found)) names.add(found);
  }
  return [...names];
}

/** Checks of a value's shape that say nothing of its content: an array or object still holds the caller's keys. */
const SHAPE_ONLY = new Set(["isArray", "isObject", "isPlainObject"]);
/** The name a positiveCheck or CONSTANT_MISMATCH match is about. */
export function checkedName(m: RegExpExecArray | null): string | undefined {
  return m?.slice(1).find((g) => g !== undefined);
}
/** `x !== "admin"`, `new URL(u).hostname !== "example.com"`: after an early exit the value is that constant. */
const CONSTANT_MISMATCH = new RegExp(String.raw`^${ARG}\s*!==?\s*["'\`][^"'\`]*["'\`]$`);
const TYPEOF_NOT_STRING = /^typeof\s+([\w$.]+)\s*!==?\s*["']string["']$/;
const TYPEOF_CHECK = /^typeof\s+([\w$.]+)\s*!==?\s*["'](?:number|boolean)["']$/;
const INDEX_OF_MISSING = /^[\w$.]+\.indexOf\(\s*([\w$.]+)\s*\)\s*(?:===?\s*-1|<\s*0)$/;
/** `if (name.includes("..")) return;` */
const DOT_DOT_CHECK = /^([\w$.]+)\.includes\(\s*["'`]\.\.\/?["'`]\s*\)$/;
/**
 * Containment: `resolved.startsWith(ROOT)`. A bare `startsWith("/")` is not
 * one: "//evil.example" passes it.
 */
const STARTS_WITH = /^([\w$.]+)\.startsWith\((?!["'`]\/["'`])[^)]+\)$/;

/** Drops TypeScript casts and non-null assertions: `x as (typeof A)[number]`, `x!`. */
export function stripCasts(text: string): string {
  return text
    .replace(/(?<!\s)\s+as\s+(?:const\b|\([^()]*\)(?:\[[^[\]]*\])?|[\w$.]+(?:<[^<>]*>)?(?:\[\])*)/g, "")
    .replace(/([\w$\])])!(?=[\s),.])/g, "$1");
}

/**
 * `u.startsWith("https://cdn.example.com/")`: a literal prefix that ends the
 * host with a slash pins the origin, unlike `u.startsWith("https://cdn.example.com")`.
 */
function pinsOrigin(check: string): boolean {
  return /\.startsWith\(\s*(["'`])[a-z][\w+.-]*:\/\/[^/"'`]+\/[^"'`]*\1\s*\)$/i.test(check);
}

function stripParens(text: string): string {
  let t = text.trim();
  while (t.startsWith("(") && t.endsWith(")")) t = t.slice(1, -1).trim();
  return t;
}

/**
 * Guards that make a value safe: after `if (!ALLOWED.includes(x)) return;`
 * `x` is clean; inside `if (ALLOWED.includes(x)) { ... }` it is clean too.
 */
export function guardDefinitions(ifNode: SgNode, previous?: Previous): Definition[] {
  const condition = ifNode.field("condition");
  const consequence = ifNode.field("consequence");
  if (!condition || !consequence) return [];
  const text = stripParens(stripCasts(condition.text()));
  if (text.length > 300) return [];
  const clean = (): Value => undefined;
  /**
   * A prefix check contains a path (`resolved.startsWith(ROOT)`) but not a URL:
   * "https://trusted.example.evil.test" starts with "https://trusted.example".
   */
  const onlyFor =
    (kinds: readonly SinkKind[], name: string) =>
    (mode: EvalMode): Value =>
      previous ? sanitise(previous(name, ifNode, mode), kinds) : undefined;
  // Whether the consequence ends the flow (`return;`, `throw`), read once: most guards below hold only after one.
  const exits = endsFlow(consequence);
  // `if (a || b) return;`: after it neither part holds, so each part's guard applies.
  const parts = exits ? topLevelDisjuncts(text) : [];
  // `if (!x.startsWith("/") || x.startsWith("//")) return;`: after it, x is a path on this site.
  const exitSitePath = parts.length > 1 ? sitePathName(parts, []) : undefined;
  if (exitSitePath !== undefined) {
    const others = parts.flatMap((part) => exitGuards(part, ifNode, onlyFor));
    // Another part's guard of the same name (`typeof x !== "string"`) is one definition with this one, not a rival.
    const same = others.filter((d) => d.name === exitSitePath).pop();
    const compute = same
      ? (mode: EvalMode): Value => sanitise(same.compute(mode), SITE_PATH_SAFE)
      : onlyFor(SITE_PATH_SAFE, exitSitePath);
    return [
      ...others.filter((d) => d.name !== exitSitePath),
      { name: exitSitePath, pos: endOf(ifNode), anchor: ifNode, compute },
    ];
  }
  if (parts.length > 1) return parts.flatMap((part) => exitGuards(part, ifNode, onlyFor));
  // `if (x.startsWith("/") && !x.startsWith("//")) { ... }`: inside, x is a path on this site.
  const holdSitePath = sitePathName([], topLevelDisjuncts(text, "&"));
  if (holdSitePath !== undefined)
    return [
      {
        name: holdSitePath,
        pos: startOf(consequence),
        anchor: consequence,
        onlyWithin: [startOf(consequence), endOf(consequence)],
        compute: onlyFor(SITE_PATH_SAFE, holdSitePath),
      },
    ];
  const origin = originGuard(text, ifNode, consequence, onlyFor);
  if (origin) return [origin];
  // `if (u.protocol !== "https:" || !HOSTS.includes(u.hostname)) u = new URL(FALLBACK);`: after it the host is one listed.
  const reset = exits
    ? undefined
    : topLevelDisjuncts(text)
        .filter((part) => !/&&|\?/.test(part))
        .map((part) => originGuard(part, ifNode, consequence, onlyFor))
        .find((d) => d !== undefined);
  if (reset) return [reset];
  // `if (u.origin === this.home) return u.toString();`: inside, the URL names the expected server.
  const held = topLevelDisjuncts(text, "&")
    .map(serverHeld)
    .find((n) => n !== undefined);
  if (held !== undefined)
    return [
      {
        name: held,
        pos: startOf(consequence),
        anchor: consequence,
        onlyWithin: [startOf(consequence), endOf(consequence)],
        compute: onlyFor(["url", "redirect"], held),
      },
    ];
  const contained = exits ? relativeContainment(text, ifNode) : [];
  if (contained.length > 0)
    return contained.map((name) => ({
      name,
      pos: endOf(ifNode),
      anchor: ifNode,
      compute: onlyFor(["path"], name),
    }));
  if (text.startsWith("!")) {
    const inner = stripParens(text.slice(1));
    const positive = checkedName(positiveCheck(inner, ifNode));
    if (positive && exits)
      return checkedArguments(inner, positive).map((name) => ({
        name,
        pos: endOf(ifNode),
        anchor: ifNode,
        compute: checkedBy(inner, name, onlyFor, ifNode),
      }));
    if (positive && resetsToLiteral(consequence, positive))
      return [
        {
          name: positive,
          pos: endOf(ifNode),
          anchor: ifNode,
          compute: checkedBy(inner, positive, onlyFor, ifNode),
        },
      ];
    const prefixed = checkedName(STARTS_WITH.exec(inner));
    if (prefixed && exits) {
      const compute = pinsOrigin(inner) ? clean : onlyFor(["path"], prefixed);
      return [{ name: prefixed, pos: endOf(ifNode), anchor: ifNode, compute }];
    }
    return [];
  }
  // `if (typeof x !== "string") return`: a string cannot carry a MongoDB operator object.
  const notString = TYPEOF_NOT_STRING.exec(text)?.[1];
  if (notString !== undefined && exits) {
    return [{ name: notString, pos: endOf(ifNode), anchor: ifNode, compute: onlyFor(["nosql"], notString) }];
  }
  // `if (name.includes("..")) return;`: the name stays in its folder, but is as free as before for any other use.
  const dotDot = DOT_DOT_CHECK.exec(text)?.[1];
  if (dotDot !== undefined && exits)
    return [{ name: dotDot, pos: endOf(ifNode), anchor: ifNode, compute: onlyFor(["path"], dotDot) }];
  const negative = checkedName(
    TYPEOF_CHECK.exec(text) ?? INDEX_OF_MISSING.exec(text) ?? CONSTANT_MISMATCH.exec(text),
  );
  if (negative !== undefined && exits) {
    return [{ name: negative, pos: endOf(ifNode), anchor: ifNode, compute: clean }];
  }
  const name = checkedName(positiveCheck(text, ifNode));
  const prefixed = name === undefined ? checkedName(STARTS_WITH.exec(text)) : undefined;
  const checked = name ?? prefixed;
  if (checked !== undefined) {
    return [
      {
        name: checked,
        pos: startOf(consequence),
        anchor: consequence,
        onlyWithin: [startOf(consequence), endOf(consequence)],
        compute:
          name !== undefined
            ? checkedBy(text, name, onlyFor, ifNode)
            : pinsOrigin(text)
              ? clean
              : onlyFor(["path"], checked),
      },
    ];
  }
  return [];
}

/** A path on this site keeps a redirect on the site. */
const SITE_PATH_SAFE: readonly SinkKind[] = ["redirect"];

/** `x.startsWith("/")`: the name whose first character is checked to be a slash. */
const FIRST_SLASH = /^([\w$.]+)\.startsWith\(\s*(["'`])\/\2\s*\)$/;
/** `x.startsWith("//")`, `x[1] === "/"`, `x.charAt(1) === "/"`: the second character is a slash too. */
const SECOND_SLASH =
  /^([\w$.]+)(?:\.startsWith\(\s*(["'`])\/\/\2\s*\)|(?:\[1\]|\.charAt\(\s*1\s*\))\s*===?\s*(["'`])\/\3)$/;
/** `x[1] !== "/"`, `x.charAt(1) !== "/"`: the second character is not a slash. */
const SECOND_NOT_SLASH = /^([\w$.]+)(?:\[1\]|\.charAt\(\s*1\s*\))\s*!==?\s*(["'`])\/\2$/;

/**
 * A path on this site: the value starts with one slash and not two
 * (`//evil.example` is another host). `exitParts` are the parts of an
 * `if (a || b) return;` (`!x.startsWith("/") || x.startsWith("//")`);
 * `holdParts` of an `if (a && b)` whose consequence sees the value
 * (`x.startsWith("/") && !x.startsWith("//")`). Returns the checked name.
 */
function sitePathName(exitParts: readonly string[], holdParts: readonly string[]): string | undefined {
  const firsts = new Set<string>();
  const seconds = new Set<string>();
  for (const part of exitParts) {
    if (part.startsWith("!")) {
      const first = FIRST_SLASH.exec(stripParens(part.slice(1)))?.[1];
      if (first !== undefined) firsts.add(first);
    }
    const second = SECOND_SLASH.exec(part)?.[1];
    if (second !== undefined) seconds.add(second);
  }
  for (const part of holdParts) {
    const first = FIRST_SLASH.exec(part)?.[1];
    if (first !== undefined) firsts.add(first);
    const second = part.startsWith("!")
      ? SECOND_SLASH.exec(stripParens(part.slice(1)))?.[1]
      : SECOND_NOT_SLASH.exec(part)?.[1];
    if (second !== undefined) seconds.add(second);
  }
  return [...firsts].find((name) => seconds.has(name));
}

/** `x = "en";` or `{ x = DEFAULT_LOCALE; }`: the consequence only sets the name to a literal or a constant's name. */
const RESET_TO_LITERAL =
  /^\{?\s*([\w$.]+)\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|-?\d[\d_.]*|true|false|null|[A-Z][A-Z\d_]*)\s*(?:;\s*)?\}?$/;

/**
 * `if (!SUPPORTED.has(locale)) locale = "en";`: after it the value is either
 * one the allow-list accepted or the literal fallback, as after an early exit.
 */
function resetsToLiteral(consequence: SgNode, name: string): boolean {
  const text = consequence.text();
  return text.length < 120 && RESET_TO_LITERAL.exec(text)?.[1] === name;
}

/** Every sink kind a value's format can make safe: all but the session, where a well-formed id may still be someone else's. */
const FORMAT_SAFE: readonly SinkKind[] = SINK_KINDS.filter((kind) => kind !== "session");

/**
 * What a passed check makes the value safe for: a regular expression's test
 * (`/^[0-9a-f-]{36}$/.test(id)`) proves a format, not that the user may use
 * that tenant or account id, so it does not clear a session write; an
 * allow-list or a checker function clears everything.
 */
function checkedBy(check: string, name: string, onlyFor: OnlyFor, at: SgNode): (mode: EvalMode) => Value {
  // A pattern that only pins the start (`/^\/(?!\/)/`, a local path) still keeps a redirect on the site.
  if (prefixOnly(check, at)) return onlyFor(["redirect"], name);
  // `isAllowed(src)` that only asks `src.startsWith(CDN)`: a prefix keeps a path inside a folder, not a URL on a host.
  const weak = substringChecker(check, at);
  if (weak === "prefix") return onlyFor(["path"], name);
  if (weak === "substring") return onlyFor([], name);
  return REGEX_TEST.test(check) ? onlyFor(FORMAT_SAFE, name) : () => undefined;
}

type OnlyFor = (kinds: readonly SinkKind[], name: string) => (mode: EvalMode) => Value;

/** The parts of `a || b || c` (or `a && b`, or a list `a, b`) outside parentheses, calls and strings; one part when there is no separator. */
function topLevelDisjuncts(text: string, op: "|" | "&" | "," = "|"): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (depth === 0 && c === op && op === ",") {
      parts.push(stripParens(text.slice(start, i)));
      start = i + 1;
    } else if (depth === 0 && c === op && text[i + 1] === op) {
      parts.push(stripParens(text.slice(start, i)));
      start = i + 2;
      i++;
    }
  }
  parts.push(stripParens(text.slice(start)));
  return parts;
}

/** `url.hostname`, `target.origin`: the part of a parsed URL that names the server. */
const SERVER_PART = /^([\w$]+)\.(?:hostname|host|origin)$/;
/**
 * `url.origin !== ALLOWED_ORIGIN` or `!== "https://a.example"`, `!== this.appOrigin` (set once, from
 * configuration), `!== process.env.APP_ORIGIN`; `!HOSTS.has(url.hostname)`, `!HOSTS.includes(u.host)`.
 */
const SERVER_MISMATCH =
  /^([\w$]+\.(?:hostname|host|origin))\s*!==?\s*(?:"[^"]*"|'[^']*'|[\w$.]+)$|^(?:"[^"]*"|'[^']*'|[\w$.]+)\s*!==?\s*([\w$]+\.(?:hostname|host|origin))$/;
const SERVER_NOT_LISTED = /^!\s*[\w$.]+\.(?:has|includes)\(\s*([\w$]+\.(?:hostname|host|origin))\s*\)$/;
/**
 * `u.origin === this.home`, `HOST === u.hostname`, `HOSTS.has(u.hostname)`: the
 * test a parsed URL passes only when it names the expected server.
 */
const SERVER_MATCH =
  /^([\w$]+\.(?:hostname|host|origin))\s*===?\s*(?:"[^"]*"|'[^']*'|[\w$.]+)$|^(?:"[^"]*"|'[^']*'|[\w$.]+)\s*===?\s*([\w$]+\.(?:hostname|host|origin))$|^[\w$.]+\.(?:has|includes)\(\s*([\w$]+\.(?:hostname|host|origin))\s*\)$/;
/**
 * `u.hostname.endsWith(".example.com")` or `` endsWith(`.${DOMAIN}`) ``: a
 * subdomain, since the suffix starts with a dot (a bare "example.com" suffix
 * also lets evil-example.com through).
 */
const SUBDOMAIN_OF = /^([\w$]+\.(?:hostname|host))\.endsWith\(\s*(?:(["'])\.[^"']+\2|`\.[^`]+`)\s*\)$/;

/**
 * The parsed URL a part of `if (a && b) { ... }` pins to one server: an
 * equality or allow-list test of its host or origin, or a parenthesised
 * `||` of such tests and dot-suffix tests of the same host
 * (`u.hostname === "example.com" || u.hostname.endsWith(".example.com")`).
 */
function serverHeld(part: string): string | undefined {
  const server = (p: string): string | undefined => {
    const m = SERVER_MATCH.exec(p) ?? SUBDOMAIN_OF.exec(p);
    return SERVER_PART.exec(checkedName(m) ?? "")?.[1];
  };
  const alternatives = topLevelDisjuncts(part);
  const names = new Set(alternatives.map(server));
  const [only] = [...names];
  return names.size === 1 ? only : undefined;
}

/**
 * After an early exit unless a parsed URL's host or origin is one constant
 * or on an allow-list, the URL can only reach that server: clean for
 * requests and redirects (its path stays the caller's, which they allow).
 */
function originGuard(
  text: string,
  ifNode: SgNode,
  consequence: SgNode,
  onlyFor: OnlyFor,
): Definition | undefined {
  const part = checkedName(SERVER_MISMATCH.exec(text) ?? SERVER_NOT_LISTED.exec(text));
  const name = part === undefined ? undefined : SERVER_PART.exec(part)?.[1];
  // Either the flow ends, or the URL is replaced by one built from a literal (`target = new URL("/home", base)`).
  if (name === undefined || !(endsFlow(consequence) || replacedByLiteral(consequence, name)))
    return undefined;
  return { name, pos: endOf(ifNode), anchor: ifNode, compute: onlyFor(["url", "redirect"], name) };
}

/** `target = new URL("/dashboard", req.url);`: the name set again from a literal path or URL. */
function replacedByLiteral(consequence: SgNode, name: string): boolean {
  const text = consequence.text();
  if (text.length > 160 || !text.replace(/^\{\s*/, "").startsWith(`${name} =`)) return false;
  return (
    /=\s*(?:new URL\(\s*)?(?:["'`][^"'`$]*["'`]|[A-Z][A-Z\d_]*\s*\))/.test(text) ||
    resetsToLiteral(consequence, name)
  );
}

/** `/^[a-z0-9-]+/.test(x)` or `NAME_RE.test(x)`: the pattern's text, or the name of the constant holding it. */
const REGEX_TEST = /^(\/.+\/[a-z]*|[\w$]+)\.test\(/;

/**
 * A regular expression that is not anchored at the end (`/^[a-z0-9-]+/`)
 * only checks how the value starts: `acme; rm -rf /` passes it. Such a
 * test is no guard. The pattern is read inline or from a constant of the
 * file; an unknown one still counts as a guard.
 */
function prefixOnly(check: string, at: SgNode): boolean {
  const tested = REGEX_TEST.exec(check)?.[1];
  if (tested === undefined) return false;
  let pattern = tested.startsWith("/") ? tested : undefined;
  if (pattern === undefined) {
    // Patterns are module constants: the top-level declarations are read, not the whole tree.
    for (const statement of at.getRoot().root().children()) {
      const kind = statement.kind();
      const declaration =
        kind === "export_statement"
          ? statement.field("declaration")
          : kind === "lexical_declaration"
            ? statement
            : null;
      const declarator = declaration
        ?.children()
        .find((d) => d.kind() === "variable_declarator" && d.field("name")?.text() === tested);
      const value = declarator?.field("value");
      if (value) {
        pattern = value.kind() === "regex" ? value.text() : undefined;
        break;
      }
    }
  }
  if (pattern === undefined) return false;
  const body = pattern.slice(1, pattern.lastIndexOf("/"));
  return !body.endsWith("$") && !body.endsWith("$)");
}

/** `return src.startsWith(CDN_ORIGIN);`: the checker's answer is a string test of its parameter. */
const RETURNS_STRING_TEST = /\breturn\s+([\w$]+)\.(startsWith|endsWith|includes)\(/;

/**
 * A checker of the file (`function isAllowed(src) { return src.startsWith(CDN); }`)
 * that only tests its parameter's text, without parsing it as a URL: a
 * prefix ("prefix", unless the literal prefix pins the origin) or any
 * substring ("substring"). Only top-level functions are read.
 */
function substringChecker(check: string, at: SgNode): "prefix" | "substring" | undefined {
  const callee = /^([\w$]+)\(/.exec(check)?.[1];
  const fn = callee === undefined ? undefined : topLevelFunction(callee, at);
  if (fn === undefined) return undefined;
  const { body, paramName } = fn;
  const test = RETURNS_STRING_TEST.exec(body);
  if (
    body.length > 400 ||
    !test ||
    test[1] !== paramName ||
    /new URL\(|\.(?:origin|hostname|host)\b/.test(body)
  )
    return undefined;
  if (test[2] !== "startsWith") return "substring";
  return pinsOrigin(
    body
      .slice(test.index + test[0].length - `${test[1]}.startsWith(`.length)
      .split(";")[0]!
      .trim(),
  )
    ? undefined
    : "prefix";
}

/** `path.relative(ROOT, full).startsWith("..")`: the same test without naming the relative path. */
const RELATIVE_CLIMBS_OUT =
  /^(?:path\.)?relative\(\s*[\w$.]+\s*,\s*([\w$]+)\s*\)\.startsWith\(\s*(["'`])\.\.(?:\/)?\2\s*\)$/;
/** `rel.startsWith("..")`: the path climbs out of the folder `rel` was measured from. */
const CLIMBS_OUT = /^([\w$]+)\.startsWith\(\s*(["'`])\.\.(?:\/)?\2\s*\)$/;

/**
 * `const rel = path.relative(ROOT, file); if (rel.startsWith("..") || ...) return;`:
 * after the exit `file` lies inside ROOT, and `rel` is a path that does not
 * climb out of it (`join(ROOT, rel)`). Returns the contained names.
 */
function relativeContainment(part: string, ifNode: SgNode): string[] {
  // `path.relative(ROOT, full).startsWith("..")`: measured in place.
  const inline = RELATIVE_CLIMBS_OUT.exec(part)?.[1];
  if (inline !== undefined) return [inline];
  const measured = CLIMBS_OUT.exec(part)?.[1];
  if (measured === undefined) return [];
  let scope: SgNode | null = ifNode.parent();
  while (scope && scope.kind() !== "statement_block") scope = scope.parent();
  const declarator = scope
    ?.findAll({ rule: { kind: "variable_declarator", has: { field: "value", kind: "call_expression" } } })
    .find((d) => d.field("name")?.text() === measured);
  const call = declarator?.field("value");
  if (!call || !/^(?:path\.)?relative$/.test(call.field("function")?.text() ?? "")) return [];
  const target = call.field("arguments")?.namedChildren()[1];
  return target?.kind() === "identifier" ? [target.text(), measured] : [measured];
}

/** The guards one part of `if (a || b) return;` makes, as if it stood alone before the exit. */
function exitGuards(part: string, ifNode: SgNode, onlyFor: OnlyFor): Definition[] {
  // `!a && b` failing says nothing about `a` alone.
  if (/&&|\?/.test(part)) return [];
  const at = { pos: endOf(ifNode), anchor: ifNode };
  const origin = ifNode.field("consequence");
  const server = origin ? originGuard(part, ifNode, origin, onlyFor) : undefined;
  if (server) return [server];
  if (part.startsWith("!")) {
    const inner = stripParens(part.slice(1));
    const positive = checkedName(positiveCheck(inner, ifNode));
    return positive
      ? checkedArguments(inner, positive).map((name) => ({
          name,
          ...at,
          compute: checkedBy(inner, name, onlyFor, ifNode),
        }))
      : [];
  }
  const contained = relativeContainment(part, ifNode);
  if (contained.length > 0)
    return contained.map((name) => ({ name, ...at, compute: onlyFor(["path"], name) }));
  const notString = TYPEOF_NOT_STRING.exec(part)?.[1];
  if (notString !== undefined) return [{ name: notString, ...at, compute: onlyFor(["nosql"], notString) }];
  const dotDot = DOT_DOT_CHECK.exec(part)?.[1];
  if (dotDot !== undefined) return [{ name: dotDot, ...at, compute: onlyFor(["path"], dotDot) }];
  const negative = checkedName(
    TYPEOF_CHECK.exec(part) ?? INDEX_OF_MISSING.exec(part) ?? CONSTANT_MISMATCH.exec(part),
  );
  return negative !== undefined ? [{ name: negative, ...at, compute: () => undefined }] : [];
}

/** Definitions made by one declarator, assignment or loop head. */
export function nodeDefinitions(node: SgNode, evaluate: Evaluate, previous: Previous): Definition[] {
  const out: Definition[] = [];
  const pos = endOf(node);
  const emit = (name: string, compute: (mode: EvalMode) => Value): void => {
    out.push({ name, pos, anchor: node, compute });
  };
  switch (node.kind()) {
    case "variable_declarator": {
      const name = node.field("name");
      const value = node.field("value");
      if (name) bindPattern(name, (m) => (value ? evaluate(value, m) : undefined), emit);
      break;
    }
    case "assignment_expression": {
      const left = node.field("left");
      const right = node.field("right");
      if (!left || !right) break;
      const target = unwrap(left);
      const path = target.kind() === "identifier" ? target.text() : dottedPath(target);
      if (path !== undefined) emit(path, (m) => evaluate(right, m));
      else if (target.kind() === "object_pattern" || target.kind() === "array_pattern") {
        bindPattern(target, (m) => evaluate(right, m), emit);
      } else if (target.kind() === "subscript_expression" && memberKey(target) !== undefined) {
        const objectPath = target.field("object");
        const base = objectPath ? dottedPath(objectPath) : undefined;
        if (base !== undefined) emit(`${base}.${memberKey(target) ?? ""}`, (m) => evaluate(right, m));
      }
      break;
    }
    case "augmented_assignment_expression": {
      const left = node.field("left");
      const right = node.field("right");
      const path = left ? dottedPath(left) : undefined;
      if (left && right && path !== undefined) {
        emit(path, (m) => join(previous(path, node, m), evaluate(right, m)));
      }
      break;
    }
    case "for_in_statement": {
      const left = node.field("left");
      const right = node.field("right");
      if (left && right) {
        // The loop variable holds inside the body, so it takes effect at the head.
        const headEnd = endOf(right);
        bindPattern(
          left.kind() === "lexical_declaration" || left.kind() === "variable_declaration"
            ? (left.namedChildren()[0]?.field("name") ?? left)
            : left,
          (m) => evaluate(right, m),
          (name, compute) => out.push({ name, pos: headEnd, anchor: node, compute }),
        );
      }
      break;
    }
    case "if_statement":
      out.push(...guardDefinitions(node, previous));
      break;
    default:
      break;
  }
  return out;
}

/** Arguments of a call as nodes, for binding a helper's parameters. */
export function argumentAt(call: SgNode, index: number): SgNode | undefined {
  return callArguments(call)[index];
}
