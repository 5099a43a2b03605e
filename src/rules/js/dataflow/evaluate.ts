import type { SgNode } from "@ast-grep/napi";
import {
  callArguments,
  dottedPath,
  isFunctionKind,
  lastSegment,
  lineOf,
  memberKey,
  stringValue,
  unwrap,
} from "./ast.js";
import {
  DB_QUERY_METHODS,
  DB_QUERY_RECEIVER,
  DB_READ_METHODS,
  GLOBAL_SOURCES,
  globalSourceFacts,
  MEMBERS_BY_ROLE,
  METHODS_BY_ROLE,
  REQUEST_WORDS,
  SOURCE_CALLS,
  STORED_ROW,
} from "./catalogue.js";
import { reviverDropsProtoKeys } from "./json-reviver.js";
import { CASTS, CLEAN_METHODS, PASSTHROUGH, SAFE_TAGS, SANITISERS, VALUE_CASTS } from "./sanitisers.js";
import { checkedName, positiveCheck, stripCasts, topLevelFunctionBody } from "./definitions.js";
import { methodKey } from "./helpers.js";
import { dottedNamePattern } from "../../shared/name-pattern.js";
import type { EvalMode, Scope } from "./scope.js";
import {
  asTaint,
  importedResult,
  join,
  joinAll,
  record,
  role,
  sanitise,
  scale,
  source,
  unknown,
  unsanitise,
  SINK_KINDS,
  type SinkKind,
  type Taint,
  type Value,
} from "./taint.js";

/** Every sink a number or boolean cannot break, which is all but the session (sanitisers.ts, VALUE_CASTS). */
const NOT_SESSION: readonly SinkKind[] = SINK_KINDS.filter((kind) => kind !== "session");

/** What expression evaluation needs from the engine: variable lookups and same-file calls. */
export interface Env {
  /** The value of a variable (or dotted path) at `at`, or `null` when nothing defines it. */
  lookup(name: string, at: SgNode, scope: Scope, mode: EvalMode): Value | null;
  /** The value of any expression node, in its own scope. */
  valueOf(node: SgNode): Value;
  /** The value a same-file function returns for these arguments, or `null` if `name` is not one. */
  callHelper(name: string, call: SgNode, scope: Scope, mode: EvalMode): Value | null;
  /** Whether a name is bound by an import of one of the project's own modules (local-imports.ts). */
  isProjectImport(name: string): boolean;
  /**
   * Whether a name holds a template compiled by a template engine
   * (`const view = pug.compile(src)`), and whether it escapes what it inserts.
   */
  compiledTemplate(name: string): "escaping" | "raw" | undefined;
  /** In "xfile" mode: the key of a call to another module's function, else undefined. */
  readonly importedCall?: ((call: SgNode) => string | undefined) | undefined;
}

/** Identifiers that are constants whatever the program does. */
const CONSTANT_GLOBALS: ReadonlySet<string> = new Set([
  "undefined",
  "NaN",
  "Infinity",
  "__dirname",
  "__filename",
  "Math",
  "JSON",
  "Object",
  "Array",
  "console",
]);

/** Node kinds valued as constants before any lookup; no part of a flow can come of them. */
export const CONSTANT_KINDS: ReadonlySet<string> = new Set([
  "string",
  "number",
  "true",
  "false",
  "null",
  "undefined",
  "regex",
  "this",
  "arrow_function",
  "function_expression",
  "class",
  "jsx_element",
  "jsx_self_closing_element",
  "update_expression",
  "meta_property",
]);

const UNION_OPERATORS: ReadonlySet<string> = new Set(["+", "&&", "||", "??"]);

/** `LIST.includes(expr)`, `[..].includes(expr)`, `SET.has(expr)`: membership of any expression. */
const MEMBERSHIP_CHECK = /^(?:[\w$.]+|\[[^\]]*\])\.(?:includes|has)\(([^;]+)\)$/;

/**
 * `isAllowed(x) ? x : fallback`, `/^\/(?!\/)/.test(x) ? x : "/"`: the condition
 * validates exactly the value the true branch returns, so only the other
 * branch can carry taint.
 */
function checkedByCondition(ternary: SgNode): boolean {
  const condition = ternary.field("condition");
  const consequence = ternary.field("consequence");
  if (!condition || !consequence) return false;
  const returned = dottedPath(unwrap(consequence)) ?? urlPartsOf(unwrap(consequence));
  const parts = stripCasts(storedCheck(unwrap(condition)) ?? condition.text())
    .split("&&")
    .map((part) => part.trim().replace(/^\((.*)\)$/, "$1"));
  if (returned === undefined) {
    // ALLOWED.includes(params.get("next")) ? params.get("next") : "/": the same expression, re-read.
    const expression = unwrap(consequence).text().replace(/\s+/g, "");
    return parts.some((part) => MEMBERSHIP_CHECK.exec(part)?.[1]?.replace(/\s+/g, "") === expression);
  }
  return (
    parts.some((part) => checkedName(positiveCheck(part)) === returned) ||
    parts.some((part) => originAllowListed(part, returned)) ||
    localPathChecked(parts, returned)
  );
}

/** The parts of a parsed URL that a same-server path is rebuilt from. */
const URL_PATH_PARTS: ReadonlySet<string> = new Set(["pathname", "search", "hash", "href"]);

/**
 * `u.pathname + u.search` or `` `${u.pathname}${u.hash}` ``: a value rebuilt
 * only from parts of one parsed URL (and literals). Returns that URL's name,
 * so that a test of its origin checks the value.
 */
function urlPartsOf(node: SgNode): string | undefined {
  const kind = node.kind();
  if (kind !== "binary_expression" && kind !== "template_string") return undefined;
  if (kind === "binary_expression" && node.field("operator")?.text() !== "+") return undefined;
  const names = new Set<string>();
  const visit = (n: SgNode): boolean => {
    const k = n.kind();
    if (k === "string" || k === "string_fragment" || k === "escape_sequence") return true;
    if (k === "template_substitution" || k === "parenthesized_expression")
      return n.namedChildren().every(visit);
    if (k === "template_string") return n.namedChildren().every(visit);
    if (k === "binary_expression")
      return n.field("operator")?.text() === "+" && n.namedChildren().every(visit);
    if (k !== "member_expression") return false;
    const object = n.field("object");
    if (object?.kind() !== "identifier" || !URL_PATH_PARTS.has(n.field("property")?.text() ?? ""))
      return false;
    names.add(object.text());
    return true;
  };
  if (!visit(node) || names.size !== 1) return undefined;
  return [...names][0];
}

/**
 * `const local = ret.startsWith("/") && !ret.startsWith("//"); ... local ? ret : "/"`:
 * the text of the check a condition's name was set to, when a `const` of the
 * enclosing blocks holds it.
 */
function storedCheck(condition: SgNode): string | undefined {
  if (condition.kind() !== "identifier") return undefined;
  const name = condition.text();
  for (const block of condition.ancestors()) {
    if (block.kind() !== "statement_block" && block.kind() !== "program") continue;
    for (const statement of block.children()) {
      if (statement.kind() !== "lexical_declaration" || !statement.text().startsWith("const")) continue;
      if (statement.range().start.index > condition.range().start.index) continue;
      const declarator = statement
        .children()
        .find((d) => d.kind() === "variable_declarator" && d.field("name")?.text() === name);
      const value = declarator?.field("value");
      if (value)
        return value.kind() === "binary_expression" || value.kind() === "call_expression"
          ? value.text()
          : undefined;
    }
  }
  return undefined;
}

/**
 * `t.startsWith("/") && !t.startsWith("//") ? t : "/"`: a path on this site,
 * as the `/^\/(?!\/)/` test above says in one pattern.
 */
function localPathChecked(parts: readonly string[], returned: string): boolean {
  const starts = (part: string): string | undefined =>
    /^([\w$.]+)\.startsWith\(\s*(["'`])(\/{1,2})\2\s*\)$/.exec(part)?.[1] === returned
      ? /\(\s*["'`](\/{1,2})/.exec(part)?.[1]
      : undefined;
  const slash = parts.some((part) => starts(part) === "/");
  const noDouble = parts.some((part) => part.startsWith("!") && starts(part.slice(1).trim()) === "//");
  return slash && noDouble;
}

/**
 * `ALLOWED.has(url.origin) ? url.href : "/"`, `url.hostname === HOST ? url.toString() : ...`:
 * the URL's origin (or host) is checked against an allow-list or a constant, so
 * the URL it came from is one of the allowed sites.
 */
function originAllowListed(condition: string, returned: string): boolean {
  const url = returned.replace(/\.(?:href|pathname|search|toString)$/, "");
  if (!/^[\w$.]+$/.test(url)) return false;
  const urlOrigin = String.raw`${dottedNamePattern(url)}\.(?:origin|host|hostname)`;
  const membership = new RegExp(String.raw`\.(?:has|includes)\(\s*${urlOrigin}\s*\)$`);
  const equality = new RegExp(
    String.raw`^${urlOrigin}\s*===?\s*[\w$."'\x60]+$|^[\w$."'\x60]+\s*===?\s*${urlOrigin}$`,
  );
  return membership.test(condition) || equality.test(condition);
}

/** `typeof q.tag === "string" ? q.tag : undefined`: a string cannot carry a MongoDB operator object. */
function stringTypedByCondition(ternary: SgNode): boolean {
  const condition = ternary.field("condition");
  const consequence = ternary.field("consequence");
  if (!condition || !consequence) return false;
  const checked = /^\(?\s*typeof\s+([\w$.]+)\s*===?\s*["']string["']\s*\)?$/.exec(condition.text())?.[1];
  return checked !== undefined && dottedPath(unwrap(consequence)) === checked;
}

/** `s.replace(/[&<>"']/g, toEntity)`: every character that starts markup is replaced. */
function isHtmlEscapingReplace(args: readonly SgNode[]): boolean {
  const pattern = args[0];
  return (
    pattern?.kind() === "regex" &&
    /^\/\[[^\]^<]*<[^\]]*\]/.test(pattern.text()) &&
    pattern.text().includes(">")
  );
}

/**
 * The kinds a sanitiser's name promises, less those its own code, written in
 * this file, visibly does not deliver: an `escapeFilter` that leaves `*` alone
 * (`v.replace(/[()]/g, "")`) still lets `*` match every entry, so it is no
 * LDAP escaper whatever its name says.
 */
function ownEscaping(kinds: readonly SinkKind[], callee: string, call: SgNode): readonly SinkKind[] {
  // A DN escaper (RFC 4514) need not touch `*`: only filter escapers are judged so.
  if (!kinds.includes("ldap") || !/filter/i.test(callee)) return kinds;
  const body = topLevelFunctionBody(callee, call);
  if (body === undefined || body.includes("*") || /2a/i.test(body)) return kinds;
  return kinds.filter((k) => k !== "ldap");
}

/** `s.replace(/[\\*()\0]/g, toHex)`: the LDAP filter metacharacters are all rewritten. */
function isLdapEscapingReplace(args: readonly SgNode[]): boolean {
  const pattern = args[0];
  if (pattern?.kind() !== "regex") return false;
  const text = pattern.text();
  return /^\/\[[^\]^]*\]/.test(text) && ["*", "(", ")"].every((c) => text.includes(c));
}

/** A replace that keeps only allow-listed characters: `s.replace(/[^\w-]/g, "")`. */
function isStrippingReplace(args: readonly SgNode[]): boolean {
  const [pattern, replacement] = args;
  return pattern?.kind() === "regex" && pattern.text().startsWith("/[^") && stringValue(replacement) === "";
}

export function evaluate(node: SgNode, scope: Scope, mode: EvalMode, env: Env): Value {
  const n = unwrap(node);
  const kind = String(n.kind());
  if (CONSTANT_KINDS.has(kind)) return undefined;
  switch (kind) {
    case "identifier":
    case "shorthand_property_identifier": {
      const name = n.text();
      const found = env.lookup(name, n, scope, mode);
      if (found !== null) return found;
      return CONSTANT_GLOBALS.has(name) ? undefined : unknown();
    }
    case "template_string":
      return joinAll(
        n
          .namedChildren()
          .filter((c) => c.kind() === "template_substitution")
          .map((c) => evaluateFirst(c, scope, mode, env)),
      );
    case "member_expression":
    case "subscript_expression":
      return evaluateMember(n, scope, mode, env);
    case "call_expression":
      return evaluateCall(n, scope, mode, env);
    case "new_expression": {
      const ctor = n.field("constructor");
      const name = ctor ? lastSegment(dottedPath(ctor) ?? "") : "";
      // new URL(path, base): a relative constant path stays on the base's origin, so only the first argument counts.
      const parts = name === "URL" ? callArguments(n).slice(0, 1) : callArguments(n);
      const args = joinAll(parts.map((a) => evaluate(a, scope, mode, env)));
      // ldapts and ldapjs filter objects (`new EqualityFilter({ attribute, value })`) escape their values when written out.
      if (LDAP_FILTER_CLASSES.has(name)) return sanitise(args, ["ldap"]);
      return PASSTHROUGH.has(name) ? args : demote(args);
    }
    case "binary_expression": {
      const compared = comparedWithLiteral(n);
      if (compared) return sanitise(evaluate(compared, scope, mode, env), NOT_SESSION);
      return evaluateUnionChain(n, scope, mode, env);
    }
    case "unary_expression":
      return undefined;
    case "ternary_expression":
      if (checkedByCondition(n)) return evaluateField(n, "alternative", scope, mode, env);
      if (stringTypedByCondition(n)) {
        return join(
          sanitise(evaluateField(n, "consequence", scope, mode, env), ["nosql"]),
          evaluateField(n, "alternative", scope, mode, env),
        );
      }
      return join(
        evaluateField(n, "consequence", scope, mode, env),
        evaluateField(n, "alternative", scope, mode, env),
      );
    case "assignment_expression":
    case "augmented_assignment_expression":
      return evaluateField(n, "right", scope, mode, env);
    case "sequence_expression": {
      const parts = n.namedChildren();
      const last = parts[parts.length - 1];
      return last ? evaluate(last, scope, mode, env) : undefined;
    }
    case "spread_element":
    case "template_substitution":
      return evaluateFirst(n, scope, mode, env);
    case "array":
      return evaluateArray(n, scope, mode, env);
    case "object":
      return evaluateObject(n, scope, mode, env);
    default:
      return unknown();
  }
}

const EQUALITY_OPERATORS: ReadonlySet<string> = new Set(["===", "==", "!==", "!="]);
const LITERAL_KINDS: ReadonlySet<string> = new Set(["string", "number", "true", "false", "null"]);

/**
 * In `req.query.verified === "true"` the client picks the outcome: it sends
 * the literal or it does not, so the boolean is theirs for the session (a
 * flag such as `emailVerified`) though it carries no text to any other sink.
 * A comparison with a value the server holds (`code === entry.code`) is a
 * check the client cannot pass at will, and stays clean. Returns the side
 * compared with a literal.
 */
function comparedWithLiteral(n: SgNode): SgNode | undefined {
  if (!EQUALITY_OPERATORS.has(n.field("operator")?.text() ?? "")) return undefined;
  const left = n.field("left");
  const right = n.field("right");
  if (!left || !right) return undefined;
  if (LITERAL_KINDS.has(String(right.kind()))) return left;
  if (LITERAL_KINDS.has(String(left.kind()))) return right;
  return undefined;
}

function isUnionOperation(n: SgNode): boolean {
  return n.kind() === "binary_expression" && UNION_OPERATORS.has(n.field("operator")?.text() ?? "");
}

/**
 * `a + b + c + …` parses as a left-leaning tree as deep as the chain is long;
 * walking its left spine in a loop instead of by recursion keeps a chain of
 * any length within the stack, and joins the operands in the same order
 * (leftmost first) as evaluating each `left` then `right` would.
 */
function evaluateUnionChain(n: SgNode, scope: Scope, mode: EvalMode, env: Env): Value {
  if (!isUnionOperation(n)) return undefined;
  const rights: SgNode[] = [];
  let current = n;
  for (;;) {
    const right = current.field("right");
    if (right) rights.push(right);
    const left = current.field("left");
    if (!left) break;
    const inner = unwrap(left);
    if (!isUnionOperation(inner)) {
      current = left;
      break;
    }
    current = inner;
  }
  let value: Value = isUnionOperation(current) ? undefined : evaluate(current, scope, mode, env);
  for (let i = rights.length - 1; i >= 0; i--) value = join(value, evaluate(rights[i]!, scope, mode, env));
  return value;
}

function evaluateField(n: SgNode, field: string, scope: Scope, mode: EvalMode, env: Env): Value {
  const child = n.field(field as never) as SgNode | null;
  return child ? evaluate(child, scope, mode, env) : undefined;
}

function evaluateFirst(n: SgNode, scope: Scope, mode: EvalMode, env: Env): Value {
  const child = n.namedChildren()[0];
  return child ? evaluate(child, scope, mode, env) : undefined;
}

function evaluateArray(n: SgNode, scope: Scope, mode: EvalMode, env: Env): Value {
  const fields = new Map<string, Value>();
  let rest: Value;
  n.namedChildren().forEach((element, i) => {
    if (element.kind() === "spread_element") rest = join(rest, evaluate(element, scope, mode, env));
    else if (element.kind() !== "comment") fields.set(String(i), evaluate(element, scope, mode, env));
  });
  return record(fields, rest);
}

function evaluateObject(n: SgNode, scope: Scope, mode: EvalMode, env: Env): Value {
  const fields = new Map<string, Value>();
  let rest: Value;
  for (const member of n.namedChildren()) {
    const kind = member.kind();
    if (kind === "pair") {
      const keyNode = member.field("key");
      const value = evaluateField(member, "value", scope, mode, env);
      const key = keyNode?.kind() === "property_identifier" ? keyNode.text() : stringValue(keyNode);
      if (key === undefined) rest = join(rest, value);
      else fields.set(key, value);
    } else if (kind === "shorthand_property_identifier") {
      fields.set(member.text(), evaluate(member, scope, mode, env));
    } else if (kind === "spread_element") {
      rest = join(rest, evaluate(member, scope, mode, env));
    }
  }
  return record(fields, rest);
}

function globalSource(path: string, line: number): Value {
  for (const g of GLOBAL_SOURCES) {
    if (path === g.prefix || path.startsWith(`${g.prefix}.`)) return source(globalSourceFacts(g, path), line);
  }
  return undefined;
}

/**
 * Members of an uploaded file that the server chose, not the client: the
 * temporary file's path (formidable and koa-body `filepath`, formidable 1 and
 * multer `path`, multer's `destination`, express-fileupload `tempFilePath`)
 * and its size. The client's name for the file (`originalFilename`,
 * `originalname`, `name`) and its declared type stay tainted.
 */
const SERVER_UPLOAD_KEYS = new Set(["filepath", "path", "destination", "tempFilePath", "size"]);

function onlyFromUploads(t: Taint): boolean {
  return t.origins.length > 0 && t.origins.every((o) => o.words === REQUEST_WORDS.get("files"));
}

/** The filter classes of ldapts and ldapjs, which escape the values they are given. */
const LDAP_FILTER_CLASSES: ReadonlySet<string> = new Set([
  "EqualityFilter",
  "SubstringFilter",
  "PresenceFilter",
  "GreaterThanEqualsFilter",
  "LessThanEqualsFilter",
  "ApproximateFilter",
  "ExtensibleFilter",
  "AndFilter",
  "OrFilter",
  "NotFilter",
]);

/** String methods that exist on strings only and return one: their result cannot be an operator object. */
const STRING_RESULT_METHODS: ReadonlySet<string> = new Set([
  "toLowerCase",
  "toUpperCase",
  "toLocaleLowerCase",
  "toLocaleUpperCase",
  "trim",
  "trimStart",
  "trimEnd",
  "padStart",
  "padEnd",
  "normalize",
  "substring",
  "charAt",
]);

/** Reads a member of a value: a role's source members, a literal's known field, or the whole taint. */
export function memberOf(object: Value, key: string | undefined, label: string, line: number): Value {
  if (object?.kind === "role") {
    if (key === undefined) return undefined;
    if (object.role === "koa" && key === "request") return role("request");
    if (MEMBERS_BY_ROLE[object.role].has(key)) {
      const confidence = object.role === "message-event" ? 0.9 : 1;
      return source(
        { label, words: REQUEST_WORDS.get(key) ?? "the request", level: "remote", confidence },
        line,
      );
    }
    return undefined;
  }
  const t = asTaint(object);
  if (!t) return undefined;
  if (key === "length") return undefined;
  if (key !== undefined && SERVER_UPLOAD_KEYS.has(key) && onlyFromUploads(t)) return undefined;
  // A helper's `file.filepath` (formidable) or `file.tempFilePath` (express-fileupload): names only upload objects use.
  if ((key === "filepath" || key === "tempFilePath") && t.origins.length === 0 && t.params.size > 0)
    return undefined;
  if (t.fields && key !== undefined) return t.fields.get(key);
  return { ...t, fields: undefined };
}

function evaluateMember(n: SgNode, scope: Scope, mode: EvalMode, env: Env): Value {
  const path = dottedPath(n);
  if (path !== undefined) {
    const defined = env.lookup(path, n, scope, mode);
    if (defined !== null) return defined;
    const global = globalSource(path, lineOf(n));
    if (global) return global;
  }
  const objectNode = n.field("object");
  if (!objectNode) return unknown();
  const object = evaluate(objectNode, scope, mode, env);
  const label = path ?? n.text().slice(0, 60);
  return memberOf(object, memberKey(n), label, lineOf(n));
}

/** Calls that turn percent-escapes back into the characters they stand for. */
const DECODERS: ReadonlySet<string> = new Set([
  "decodeURIComponent",
  "decodeURI",
  "unescape",
  "querystring.unescape",
]);

/** `User.findOne(...)`, `pool.query(...)`: rows stored earlier, perhaps by an attacker (second-order). */
function storedRowRead(callee: SgNode, path: string | undefined): Value {
  if (callee.kind() !== "member_expression") return undefined;
  const method = callee.field("property")?.text() ?? "";
  const receiverNode = callee.field("object");
  const receiverPath = receiverNode ? dottedPath(receiverNode) : undefined;
  if (
    !DB_READ_METHODS.has(method) &&
    !(DB_QUERY_METHODS.has(method) && receiverPath !== undefined && DB_QUERY_RECEIVER.test(receiverPath))
  )
    return undefined;
  const label = `${path ?? method}()`;
  return source(
    { label, words: STORED_ROW, level: "stored", confidence: STORED_CONFIDENCE },
    lineOf(callee.parent() ?? callee),
  );
}

function evaluateCall(n: SgNode, scope: Scope, mode: EvalMode, env: Env): Value {
  const callee = n.field("function");
  if (!callee) return unknown();
  const args = callArguments(n);
  const path = dottedPath(callee);
  const argsValue = (): Value => joinAll(args.map((a) => evaluate(a, scope, mode, env)));

  if (
    args.length === 1 &&
    args[0]?.kind() === "template_string" &&
    n.field("arguments")?.kind() === "template_string"
  ) {
    const safe =
      path === undefined
        ? undefined
        : (SAFE_TAGS.get(path) ?? SANITISERS.get(path) ?? SANITISERS.get(lastSegment(path)));
    return safe ? sanitise(argsValue(), safe) : argsValue();
  }
  if (path !== undefined) {
    if (VALUE_CASTS.has(path)) return sanitise(argsValue(), NOT_SESSION);
    if (CASTS.has(path)) return undefined;
    // A `..` check or path.basename() of the encoded text says nothing of what decoding makes of `..%2F`.
    if (DECODERS.has(path)) return unsanitise(argsValue(), "path");
    // A string made safe as a MongoDB value (String(x)) can parse back into an operator object.
    if (path === "JSON.parse") {
      const text = args[0] ? evaluate(args[0], scope, mode, env) : undefined;
      // A reviver that refuses __proto__ leaves no such key for a merge to copy.
      const parsed = reviverDropsProtoKeys(args[1]) ? sanitise(text, ["prototype"]) : text;
      return unsanitise(parsed, "nosql");
    }
    const named = SANITISERS.get(path) ?? SANITISERS.get(lastSegment(path));
    const kinds = named && callee.kind() === "identifier" ? ownEscaping(named, path, n) : named;
    if (kinds && kinds.length > 0) {
      // `function sanitize(v) { return v.replace(/[\\*()\0]/g, ...) }` written here: what its own code escapes counts too.
      const own = callee.kind() === "identifier" ? env.callHelper(path, n, scope, mode) : null;
      return sanitise(own ?? argsValue(), kinds);
    }
    const src = SOURCE_CALLS.get(path);
    if (src) return source(src, lineOf(n));
  }
  if (mode === "xfile") {
    // `db.query(sql)` on a pool imported from the project's `./db`: a read of stored rows, not a call to link.
    const stored = storedRowRead(callee, path);
    if (stored) return stored;
    // Linked across files by the review (src/rules/xfile/link.ts), not guessed here.
    const key = env.importedCall?.(n);
    if (key !== undefined) return importedResult(key);
  }
  if (path !== undefined) {
    if (callee.kind() === "identifier") {
      const helper = env.callHelper(path, n, scope, mode);
      if (helper !== null) return helper;
    }
  }
  // ejs.render("<p><%= name %></p>", data): a template written in the program escapes what it inserts;
  // raw tags in it are reported by the reflected-xss rule, and a template from input is code injection.
  if (path !== undefined && TEMPLATE_RENDER.test(path) && stringValue(args[0]) !== undefined) {
    return sanitise(joinAll(args.slice(1).map((a) => evaluate(a, scope, mode, env))), ["xss"]);
  }
  const calleeKind = callee.kind();
  if (calleeKind === "member_expression") {
    const method = callee.field("property")?.text() ?? "";
    const receiverNode = callee.field("object");
    // NestJS guards and interceptors: `context.switchToHttp().getRequest()` is the Express/Fastify request.
    if (
      method === "getRequest" &&
      receiverNode !== null &&
      /\.switchToHttp\(\s*\)$/.test(receiverNode.text())
    )
      return role("request");
    const receiver = receiverNode ? evaluate(receiverNode, scope, mode, env) : undefined;
    if (receiver?.kind === "role") {
      if (!METHODS_BY_ROLE[receiver.role].has(method)) return undefined;
      const words = REQUEST_WORDS.get(method) ?? "the request";
      return source({ label: `${path ?? method}()`, words, level: "remote", confidence: 1 }, lineOf(n));
    }
    const stored = storedRowRead(callee, path);
    if (stored) return stored;
    if (CLEAN_METHODS.has(method)) return undefined;
    // service.lookup(x), this.build(x): a method of a class in this file, by its summary.
    const summarised = env.callHelper(methodKey(method), n, scope, mode);
    if (summarised !== null) return summarised;
    // items.map((id) => Number(id)): the result is what the callback returns for each element.
    const callback = args[0];
    if ((method === "map" || method === "flatMap") && callback?.kind() === "arrow_function") {
      const body = callback.field("body");
      if (body && body.kind() !== "statement_block") return env.valueOf(body);
    }
    // docs.filter((d) => d.title.includes(q)): a predicate or comparator only picks or orders the
    // receiver's elements, so what it captures (the search term) is not in the result.
    if (SELECTING_METHODS.has(method) && callback !== undefined && isFunctionKind(String(callback.kind())))
      return receiver;
    if ((method === "replace" || method === "replaceAll") && isStrippingReplace(args)) return undefined;
    if ((method === "replace" || method === "replaceAll") && isHtmlEscapingReplace(args))
      return sanitise(receiver, ["xss"]);
    if ((method === "replace" || method === "replaceAll") && isLdapEscapingReplace(args)) {
      return sanitise(receiver, ["ldap"]);
    }
    const r = asTaint(receiver);
    // `email.toLowerCase()`: a string method returns a string (it throws on an object), so no MongoDB operator.
    if (r && STRING_RESULT_METHODS.has(method))
      return join(sanitise(receiver, ["nosql"]), scale(argsValue(), 0.9));
    // `text.trim()`, `param.slice(1)`: a method of data carries the data on.
    if (r && (r.origins.length > 0 || r.params.size > 0)) return join(receiver, scale(argsValue(), 0.9));
    // `db.oneOrNone(sql, [name])` on an object the engine cannot see (a global, an import): a library call.
    if (r) return join(receiver, throughUnmodelledCall(method, argsValue()));
    return PASSTHROUGH.has(method) || (path !== undefined && PASSTHROUGH.has(path))
      ? argsValue()
      : projectCode(callee, env)
        ? demote(argsValue())
        : throughUnmodelledCall(method, argsValue());
  }
  if (path !== undefined && PASSTHROUGH.has(path)) return argsValue();
  if (projectCode(callee, env)) return demote(argsValue());
  // Handlebars, Pug, EJS, lodash and Nunjucks templates escape what they insert unless told not to
  // (reflected-xss reports the compile options that turn escaping off).
  const template = path === undefined ? undefined : env.compiledTemplate(path);
  if (template === "escaping") return sanitise(argsValue(), ["xss"]);
  if (template === "raw") return demote(argsValue());
  return throughUnmodelledCall(path === undefined ? "" : lastSegment(path), argsValue());
}

/**
 * `layout(...)`, `this.users.find(...)`, `db.search(...)` with `db` imported
 * from "./db": the project's own code, whose results the cross-file
 * summaries describe; here they stay of unknown origin.
 */
function projectCode(callee: SgNode, env: Env): boolean {
  let root = callee;
  for (;;) {
    const kind = root.kind();
    if (kind !== "member_expression" && kind !== "call_expression" && kind !== "subscript_expression") break;
    const inner = root.field(kind === "call_expression" ? "function" : "object");
    if (!inner) break;
    root = unwrap(inner);
  }
  if (root.kind() === "this") return true;
  return root.kind() === "identifier" && env.isProjectImport(root.text());
}

/**
 * How sure we are that a row read back holds what an attacker stored: high
 * enough that a second-order flow into a rule of confidence 0.8 stays above
 * the default reporting threshold (0.5).
 */
const STORED_CONFIDENCE = 0.65;

const TEMPLATE_RENDER = /^(?:ejs|pug|jade|Mustache|mustache|nunjucks|swig)\.(?:render|renderString)$/;

/** `isSafe(x)`, `hasAccess(u)`, `validateEmail(s)`: by convention these answer yes or no. */
const PREDICATE_NAME = /^(?:is|has|can|should|check|validate|verify|exists)(?:[A-Z_$\d]|$)/;
/**
 * `findUser(id)`, `loadInvoice(id)`, `authenticate(email, password)`: a lookup
 * returns what is stored under its arguments, not the arguments (a stored
 * value is a source of its own where the engine can see the read).
 */
const LOOKUP_NAME =
  /^(?:find|get|load|fetch|search|lookup|query|read|count|list|select|authenticate|login|signIn)(?:[A-Z_$\d]|$)/;

/** Array methods whose callback picks or orders elements: the result holds only the receiver's elements. */
const SELECTING_METHODS: ReadonlySet<string> = new Set(["filter", "find", "findLast", "sort", "toSorted"]);

/** How much a call the engine cannot see into weakens the link between its arguments and its result. */
const UNMODELLED_CALL_FACTOR = 0.9;

/**
 * A call the engine has no model of (an imported helper, a library function):
 * its result is taken to carry its arguments' data, as most string, template
 * and data helpers do (docs/rules/js-dataflow.md, "Calls without a model").
 * Sanitisers, casts and clean methods are decided before this; predicates
 * named as such return booleans.
 */
function throughUnmodelledCall(name: string, value: Value): Value {
  const t = asTaint(value);
  if (!t || PREDICATE_NAME.test(name)) return undefined;
  if (LOOKUP_NAME.test(name)) return unknown();
  // What a function computed from input is the program's own judgement, not raw input
  // placed in the session as if verified (the trust-boundary rule's question).
  return {
    ...t,
    fields: undefined,
    confidence: t.confidence * UNMODELLED_CALL_FACTOR,
    sanitised: new Set([...t.sanitised, "session"]),
  };
}

/** The result of a call the engine cannot see into: tainted arguments make it of unknown provenance. */
function demote(value: Value): Value {
  return asTaint(value) ? unknown() : undefined;
}
