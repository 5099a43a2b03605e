import type { SgNode } from "@ast-grep/napi";
import type { Env } from "./env.js";
import { applyGuard } from "./guards.js";
import { callArguments, codeChildren } from "./call-arguments.js";
import {
  callEffect,
  callSource,
  environmentSource,
  isEnvironment,
  MUTATORS,
  valueSource,
} from "./sources.js";
import { booleanOperands } from "./boolean-chain.js";
import { fetchesCatalogue } from "./catalogue.js";
import { rendersDjangoTemplate } from "./django-templates.js";
import { environmentEscaping, environmentOfRender, rendersEscapedMako } from "./jinja-environments.js";
import {
  ALL_SINKS,
  CLEAN,
  join,
  markBuilt,
  markDerived,
  markParsed,
  markVia,
  sanitise,
  sourceOrigin,
  unknownOrigin,
  type SinkKind,
  type Taint,
} from "./taint.js";

/** The taint of each argument of one evaluated call, for rules to query at their sinks. */
export interface CallFacts {
  /** Canonical dotted callee ("subprocess.run", "cursor.execute"), or "" when not a plain name. */
  readonly callee: string;
  readonly receiver: Taint;
  readonly args: readonly Taint[];
  readonly kwargs: ReadonlyMap<string, Taint>;
}

/** What expression evaluation needs from the statement walker around it. */
export interface Scope {
  /** A variable's (or dotted path's) taint; undefined when unbound here and not a module-level value. */
  read(key: string): Taint | undefined;
  write(key: string, taint: Taint): void;
  canonical(dotted: string): string;
  /** The result of calling a function defined in this file, or undefined when it is not one. */
  callHelper(
    callee: SgNode,
    dotted: string,
    args: readonly Taint[],
    kwargs: ReadonlyMap<string, Taint>,
  ): Taint | undefined;
  recordCall(call: SgNode, facts: CallFacts): void;
  /** Keeps a part's taint for rules to read (a dictionary member's value: FileFlow.valueOf). */
  recordValue(node: SgNode, taint: Taint): void;
  bindTarget(target: SgNode, taint: Taint): void;
  /** The module-level def of this file named `name`, if any. */
  moduleDef(name: string): SgNode | undefined;
  /** The def named `name` among the members of the class `holder`, if any (guards.ts ownMethod). */
  classMethod(holder: SgNode, name: string): SgNode | undefined;
}

const SIMPLE_DOTTED = /^[A-Za-z_][\w.]*$/;
/** pathlib classes, and the attributes of theirs that hold no directory part. */
const PATH_TYPES = new Set([
  "pathlib.Path",
  "pathlib.PurePath",
  "pathlib.PurePosixPath",
  "pathlib.PureWindowsPath",
  "pathlib.PosixPath",
  "pathlib.WindowsPath",
]);
const PATH_PARTS = new Set(["name", "stem"]);
const SIMPLE_SUBSCRIPT = /^([A-Za-z_][\w.]*)\[\s*(?:'([^'\\]*)'|"([^"\\]*)"|(\d+))\s*\]$/;
/** Methods that build a new string out of their receiver and arguments. */
const BUILDERS = new Set(["format", "join", "replace", "format_map", "__add__", "__mod__"]);
const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*[A-Z0-9]$/;
const CLASS_CONSTANT = /^(?:self|cls)\.[A-Z][A-Z0-9_]*[A-Z0-9]$/;
const CONSTANT_KINDS = new Set(["integer", "float", "true", "false", "none", "ellipsis", "lambda"]);
const BOOLEAN_KINDS = new Set(["comparison_operator", "not_operator", "unary_operator", "slice"]);
const JOINING_KINDS = new Set([
  "list",
  "tuple",
  "set",
  "expression_list",
  "dictionary",
  "pair",
  "boolean_operator",
  "parenthesized_expression",
  "await",
  "list_splat",
  "dictionary_splat",
  "parenthesized_list_splat",
  "interpolation",
  "keyword_argument",
]);

/** Every sink a boolean cannot break: all but the session, where a flag is trusted as set. */
const NOT_SESSION: readonly SinkKind[] = ALL_SINKS.filter((k) => k !== "session");
const LITERAL_KINDS = new Set(["string", "integer", "float", "true", "false", "none"]);

/**
 * `request.POST.get("verified") == "true"`: the client picks the outcome by
 * sending the literal or not, so the boolean is theirs when it lands in the
 * session as a flag, though it carries no text to any other sink. A
 * comparison with a value the server holds (`code == entry.code`) is a check
 * the client cannot pass at will, and stays clean. Returns the side compared
 * with a literal.
 */
function comparedWithLiteral(node: SgNode): SgNode | undefined {
  const operands = node.namedChildren().filter((c) => c.kind() !== "comment");
  const operators = node.children().filter((c) => !c.isNamed());
  if (operands.length !== 2 || operators.length !== 1) return undefined;
  const op = operators[0]!.text();
  if (op !== "==" && op !== "!=") return undefined;
  const [left, right] = operands as [SgNode, SgNode];
  if (LITERAL_KINDS.has(String(right.kind())) && !isFString(right)) return left;
  if (LITERAL_KINDS.has(String(left.kind())) && !isFString(left)) return right;
  return undefined;
}

function isFString(node: SgNode): boolean {
  return node.kind() === "string" && node.children().some((c) => c.kind() === "interpolation");
}

/** The env key that marks an object made from keywords, whose other attributes hold none of them. */
export const OWN_ATTRIBUTES = "__own_attributes__";

/** Normalises a subscript with a constant key to an environment key: `d["k"]` → `d["k"]`. */
export function subscriptKey(text: string): string | undefined {
  const m = SIMPLE_SUBSCRIPT.exec(text);
  if (!m) return undefined;
  return `${m[1] ?? ""}[${JSON.stringify(m[2] ?? m[3] ?? m[4] ?? "")}]`;
}

/** The env key a guard refines for this expression: a dotted name or a constant subscript. */
export function guardKey(node: SgNode): string | undefined {
  const text = node.text();
  if (SIMPLE_DOTTED.test(text)) return text;
  return node.kind() === "subscript" ? subscriptKey(text) : undefined;
}

/**
 * `a + b + c + …` parses as a left-leaning tree as deep as the chain is long:
 * its left spine is walked in a loop, not by recursion, so a chain of any
 * length fits the stack. Operands are evaluated leftmost first, as before.
 */
function evalBinaryChain(node: SgNode, scope: Scope): Taint {
  const spine: SgNode[] = [node];
  // Fields, not child positions: a comment after the operator is a child of its own.
  for (let left = node.field("left"); left?.kind() === "binary_operator"; left = left.field("left")) {
    spine.push(left);
  }
  const innermost = spine[spine.length - 1]!.field("left");
  let value = innermost ? evalExpr(innermost, scope) : CLEAN;
  // `base + "?code=" + code`: past a literal `?` or `#`, what is added only fills the query.
  let query = literalWithQueryMark(innermost);
  for (let i = spine.length - 1; i >= 0; i--) {
    const step = spine[i]!;
    const left = step.field("left") ?? undefined;
    const right = step.field("right");
    const operator = step.field("operator")?.text();
    const added = right ? evalExpr(right, scope) : CLEAN;
    value = combineBinary(
      left,
      operator,
      value,
      query && operator === "+" ? sanitise(added, AFTER_QUERY) : added,
    );
    if (operator === "+" && literalWithQueryMark(right)) query = true;
  }
  return value;
}

function combineBinary(left: SgNode | undefined, opText: string | undefined, l: Taint, r: Taint): Taint {
  if (opText === "+") return markBuilt(join(l, r));
  if (opText !== "%") return join(l, r);
  // "...%d..." % x can only insert numbers; otherwise the values inserted are what is "built" in.
  if (
    left?.kind() === "string" &&
    l.length === 0 &&
    !/%[-#0 +]*(?:[1-9]\d*)?(?:\.\d+)?[sra]/.test(left.text())
  )
    return CLEAN;
  return join(l, markBuilt(r));
}

export function evalExpr(node: SgNode, scope: Scope): Taint {
  const kind = String(node.kind());
  if (kind === "identifier") {
    const name = node.text();
    const bound = scope.read(name);
    if (bound !== undefined) return bound;
    // An upper-case name this file does not bind is a constant imported from another module
    // (PEP 8's naming of constants): `', '.join(sorted(REPORTS))` inserts its keys, not input.
    if (CONSTANT_NAME.test(name)) return CLEAN;
    return [unknownOrigin(`'${name}'`, node)];
  }
  if (kind === "string") return evalString(node, scope);
  if (kind === "call") return evalCall(node, scope);
  if (kind === "attribute") return evalAttribute(node, scope);
  if (kind === "subscript") return evalSubscript(node, scope);
  if (CONSTANT_KINDS.has(kind)) return CLEAN;
  if (kind === "comparison_operator") {
    const compared = comparedWithLiteral(node);
    if (compared) return sanitise(evalExpr(compared, scope), NOT_SESSION);
  }
  if (BOOLEAN_KINDS.has(kind)) {
    for (const child of node.children()) if (child.isNamed()) evalExpr(child, scope);
    return CLEAN;
  }
  if (kind === "binary_operator") return evalBinaryChain(node, scope);
  // `a or b` is one of its operands; a long chain is read flat, not by one call per level.
  if (kind === "boolean_operator") {
    const operands = booleanOperands(node);
    if (operands.length > 0) return join(...operands.map((c) => evalExpr(c, scope)));
  }
  if (kind === "concatenated_string") return join(...codeChildren(node).map((c) => evalExpr(c, scope)));
  if (kind === "conditional_expression") {
    // `x if x in ALLOWED else "en"`: the condition guards each side as an `if` statement would.
    const [body, cond, orelse] = codeChildren(node);
    const thenEnv: Env = new Map();
    const elseEnv: Env = new Map();
    if (cond) {
      evalExpr(cond, scope);
      applyGuard(cond, thenEnv, elseEnv, scope);
    }
    const side = (part: SgNode | undefined, env: Env): Taint => {
      if (part === undefined) return CLEAN;
      // What the guard left of the value on this side (clean, or sanitised for some sinks by a predicate).
      const key = guardKey(part);
      const narrowed = key !== undefined ? env.get(key) : undefined;
      return narrowed ?? evalExpr(part, scope);
    };
    return join(side(body, thenEnv), side(orelse, elseEnv));
  }
  if (kind === "named_expression") {
    const [target, , value] = node.children();
    const taint = value ? evalExpr(value, scope) : CLEAN;
    if (target) scope.bindTarget(target, taint);
    return taint;
  }
  if (kind.endsWith("comprehension") || kind === "generator_expression")
    return evalComprehension(node, scope);
  // `{"sku": sku, "price": price}`: each member's value is kept, so a rule can tell the members apart.
  if (kind === "pair") {
    const key = node.field("key");
    const value = node.field("value");
    const valueTaint = value ? evalExpr(value, scope) : CLEAN;
    if (value) scope.recordValue(value, valueTaint);
    return join(key ? evalExpr(key, scope) : CLEAN, valueTaint);
  }
  if (JOINING_KINDS.has(kind)) return join(...codeChildren(node).map((c) => evalExpr(c, scope)));
  return join(...codeChildren(node).map((c) => evalExpr(c, scope)));
}

function evalString(node: SgNode, scope: Scope): Taint {
  const parts: Taint[] = [];
  let query = false;
  for (const child of node.children()) {
    if (child.kind() === "interpolation") {
      const part = evalExpr(child, scope);
      parts.push(query ? sanitise(part, AFTER_QUERY) : part);
    } else if (child.kind() === "string_content" && QUERY_MARK.test(child.text())) query = true;
  }
  return parts.length === 0 ? CLEAN : markBuilt(join(...parts));
}

/**
 * A literal `?` or `#` ends a URL's scheme, host and path: what is inserted after it
 * (`f"{redirect_uri}?code={code}"`, `base + "?q=" + q`) fills the query or fragment
 * and cannot change where the URL leads.
 */
const QUERY_MARK = /[?#]/;
const AFTER_QUERY: readonly SinkKind[] = ["redirect", "url"];

/** A plain (not formatted) string literal holding a `?` or `#`. */
function literalWithQueryMark(node: SgNode | null | undefined): boolean {
  if (node?.kind() !== "string") return false;
  return node.children().some((c) => c.kind() === "string_content" && QUERY_MARK.test(c.text()));
}

function evalAttribute(node: SgNode, scope: Scope): Taint {
  const text = node.text();
  if (SIMPLE_DOTTED.test(text)) {
    const source = valueSource(scope.canonical(text));
    if (source) return [sourceOrigin(source, node)];
    const bound = scope.read(text);
    if (bound !== undefined) return bound;
    const object = node.children()[0];
    if (object === undefined) return CLEAN;
    // `self.REGIONS`, `cls.ALLOWED`: an upper-case name on the class is one of its constants (PEP 8).
    if (CLASS_CONSTANT.test(text)) return CLEAN;
    if (object.kind() === "identifier") {
      const name = object.text();
      // A module attribute (`os.sep`, `settings.X`) is not a value we track.
      if (scope.read(name) === undefined) return CLEAN;
      // An object made from keywords (statements.ts): an attribute no keyword set is the class's own.
      if (scope.read(`${name}.${OWN_ATTRIBUTES}`) !== undefined) return CLEAN;
    }
    return evalExpr(object, scope);
  }
  const [object, , attr] = node.children();
  if (object === undefined) return CLEAN;
  const taint = evalExpr(object, scope);
  // `Path(upload).name`: the last component only, no directory parts left to traverse with.
  if (
    taint.length > 0 &&
    object.kind() === "call" &&
    PATH_PARTS.has(attr?.text() ?? "") &&
    PATH_TYPES.has(scope.canonical(object.children()[0]?.text() ?? ""))
  ) {
    return sanitise(taint, ["path"]);
  }
  return taint;
}

function evalSubscript(node: SgNode, scope: Scope): Taint {
  const children = node.children();
  const value = children[0];
  for (const index of children.slice(1)) if (index.isNamed()) evalExpr(index, scope);
  if (value === undefined) return CLEAN;
  const key = subscriptKey(node.text());
  if (key !== undefined) {
    const bound = scope.read(key);
    if (bound !== undefined) return bound;
  }
  // `os.environ["HOME"]`: the message names the variable, not just "the environment".
  const mapping = value.text();
  if (SIMPLE_DOTTED.test(mapping) && isEnvironment(scope.canonical(mapping))) {
    const index = children.find((c, i) => i > 0 && c.isNamed());
    return [sourceOrigin(environmentSource(scope.canonical(mapping), index?.text()), node)];
  }
  return evalExpr(value, scope);
}

function evalComprehension(node: SgNode, scope: Scope): Taint {
  const children = codeChildren(node);
  const variables = new Set<string>();
  for (const clause of children) {
    if (clause.kind() !== "for_in_clause") continue;
    const parts = clause.children();
    const inAt = parts.findIndex((p) => p.kind() === "in");
    const target = parts[inAt - 1];
    const iterable = parts[inAt + 1];
    if (target && iterable) scope.bindTarget(target, evalExpr(iterable, scope));
    if (target?.kind() === "identifier") variables.add(target.text());
    else
      for (const name of target?.children() ?? [])
        if (name.kind() === "identifier") variables.add(name.text());
  }
  for (const clause of children) {
    if (clause.kind() !== "if_clause") continue;
    evalExpr(clause, scope);
    // `{k: v for k, v in d.items() if k in ALLOWED and isinstance(v, str)}`: the filter holds for
    // every element the body makes, as an `if` around it would; only the loop's own names are narrowed.
    const cond = codeChildren(clause)[0];
    if (cond === undefined || variables.size === 0) continue;
    const held: Env = new Map();
    applyGuard(cond, held, new Map(), scope);
    for (const [key, taint] of held) if (variables.has(/^\w+/.exec(key)?.[0] ?? "")) scope.write(key, taint);
  }
  const body = children.filter((c) => c.kind() !== "for_in_clause" && c.kind() !== "if_clause");
  return join(...body.map((c) => evalExpr(c, scope)));
}

function evalCall(node: SgNode, scope: Scope): Taint {
  const [callee, argList] = node.children();
  if (callee === undefined) return CLEAN;
  const calleeKind = callee.kind();
  const rawText = calleeKind === "identifier" || calleeKind === "attribute" ? callee.text() : "";
  const dotted = SIMPLE_DOTTED.test(rawText) ? scope.canonical(rawText) : "";
  const method = calleeKind === "attribute" ? callee.children()[2]?.text() : undefined;

  let receiver: Taint = CLEAN;
  let unboundName = false;
  if (calleeKind === "attribute") {
    const object = callee.children()[0];
    // `os.path.join(...)`: a bare unbound name is a module or class, not a value we track.
    unboundName = object?.kind() === "identifier" && scope.read(object.text()) === undefined;
    if (object && !unboundName) receiver = evalExpr(object, scope);
  } else if (calleeKind !== "identifier") {
    receiver = evalExpr(callee, scope);
  }

  const { positional, keyword } = callArguments(argList);
  const args = positional.map((arg) => evalExpr(arg, scope));
  const kwargs = new Map<string, Taint>();
  for (const [name, value] of keyword) kwargs.set(name, evalExpr(value, scope));
  scope.recordCall(node, { callee: dotted || rawText, receiver, args, kwargs });

  if (method !== undefined && MUTATORS.has(method) && calleeKind === "attribute") {
    const object = callee.children()[0]?.text() ?? "";
    if (SIMPLE_DOTTED.test(object))
      scope.write(object, join(scope.read(object) ?? CLEAN, ...args, ...kwargs.values()));
  }

  const firstArg = argList?.kind() === "argument_list" ? positional[0] : undefined;
  // Method sources (`.fetchone()`, `.namelist()`) also count on a chained receiver: `conn.execute(q).fetchone()`.
  const source =
    dotted === "" && method === undefined ? undefined : callSource(dotted, method, firstArg?.text());
  if (source) {
    if (source.level === "stored" && calleeKind === "attribute" && fetchesCatalogue(callee))
      return [unknownOrigin(`a row of the database's catalogue (${rawText}())`, node)];
    return [sourceOrigin(source, node)];
  }
  // `ALLOWED.get(choice, "default")` on a local mapping of constants: the result is one of its
  // values or the default, never the key that was looked up.
  if (
    method === "get" &&
    receiver.length === 0 &&
    calleeKind === "attribute" &&
    receiverIsLocal(callee, scope)
  ) {
    return join(...args.slice(1), ...kwargs.values());
  }
  const inputs = join(receiver, ...args, ...kwargs.values());
  const effect = callEffect(dotted, method);
  if (effect?.kind === "clean") return CLEAN;
  if (method === "render" && calleeKind === "attribute" && rendersEscapedPage(callee, scope)) {
    return sanitise(inputs, ["html"]);
  }
  if (effect?.kind === "sanitise") return sanitise(inputs, effect.sinks);
  if (dotted !== "") {
    const helper = scope.callHelper(callee, dotted, args, kwargs);
    if (helper !== undefined) return helper;
  }
  // The template or separator of a builder is passed through; what is inserted into it is "built" in.
  if (inputs.length > 0) {
    if (PARSERS.has(dotted)) return markParsed(inputs);
    if (method !== undefined && BUILDERS.has(method)) {
      // `text.replace(old, new)`: the text searched for never appears in the result, only `new` does.
      const inserted = method === "replace" && calleeKind === "attribute" ? args.slice(1) : args;
      return join(receiver, markBuilt(join(...inserted, ...kwargs.values())));
    }
    const lookup =
      method === undefined ? isLookup(dotted) : !VALUE_METHODS.has(method) && isLookup(dotted || rawText);
    const out = lookup ? markDerived(inputs) : inputs;
    // `page(name)` / `pages.page(name)` with the name imported: passed through here, judged across files.
    const imported = method === undefined ? dotted !== rawText : unboundName && dotted !== "";
    return imported ? markVia(out, node) : out;
  }
  const hasInputs =
    args.length > 0 || kwargs.size > 0 || (calleeKind === "attribute" && receiverIsLocal(callee, scope));
  return hasInputs ? CLEAN : [unknownOrigin(`the result of ${rawText || "a call"}()`, node)];
}

/** Decoders of text into structures: what they return can hold dicts and lists (`Origin.parsed`). */
const PARSERS = new Set([
  "json.loads",
  "json.load",
  "simplejson.loads",
  "ujson.loads",
  "orjson.loads",
  "rapidjson.loads",
  "flask.json.loads",
  "bson.json_util.loads",
  "bson.decode",
  "yaml.load",
  "yaml.safe_load",
  "yaml.full_load",
  "yaml.unsafe_load",
  "ast.literal_eval",
  "msgpack.loads",
  "msgpack.unpackb",
  "pickle.loads",
]);

/** Methods of strings, bytes, containers, compiled patterns and parsed values: they reshape their receiver's data. */
const VALUE_METHODS = new Set([
  "strip",
  "lstrip",
  "rstrip",
  "lower",
  "upper",
  "casefold",
  "title",
  "capitalize",
  "swapcase",
  "split",
  "rsplit",
  "splitlines",
  "partition",
  "rpartition",
  "encode",
  "decode",
  "removeprefix",
  "removesuffix",
  "zfill",
  "center",
  "ljust",
  "rjust",
  "expandtabs",
  "translate",
  "get",
  "pop",
  "popitem",
  "items",
  "keys",
  "values",
  "copy",
  "getlist",
  "to_dict",
  "dict",
  "json",
  "sub",
  "subn",
  "search",
  "match",
  "fullmatch",
  "findall",
  "finditer",
  "group",
  "groups",
  "groupdict",
  "read",
  "readline",
  "readlines",
  "model_dump",
  "hex",
  "tobytes",
  "tolist",
  "resolve",
  "absolute",
  "joinpath",
  "with_name",
  "with_suffix",
  "relative_to",
  "as_posix",
]);
/** Built-in conversions and containers: what they return is their argument's data, reshaped. */
const RESHAPING_BUILTINS = new Set([
  "str",
  "bytes",
  "bytearray",
  "list",
  "dict",
  "tuple",
  "set",
  "frozenset",
  "sorted",
  "reversed",
  "repr",
  "format",
  "next",
  "iter",
  "min",
  "max",
  "getattr",
  "vars",
  "zip",
  "map",
  "filter",
]);
/** Library modules whose functions decode, parse or reshape their input rather than look anything up. */
const RESHAPING_MODULES = new Set([
  "json",
  "base64",
  "binascii",
  "codecs",
  "urllib",
  "html",
  "re",
  "os",
  "posixpath",
  "ntpath",
  "pathlib",
  "shlex",
  "pickle",
  "yaml",
  "marshal",
  "zlib",
  "gzip",
  "bz2",
  "lzma",
  "unicodedata",
  "string",
  "textwrap",
  "markdown",
  "copy",
  "itertools",
  "functools",
  "operator",
  "collections",
  "dataclasses",
  "typing",
  "ast",
  "xml",
  "lxml",
  "io",
  "email",
  "mimetypes",
  "datetime",
  "decimal",
  "fractions",
  "ipaddress",
  "uuid",
  "jinja2",
  "markupsafe",
  "flask",
  "werkzeug",
  "django",
  "fastapi",
  "starlette",
  "aiohttp",
  "pydantic",
  "bson",
  "ujson",
  "orjson",
  "msgpack",
  "jsonpickle",
  "dill",
  "shelve",
  "tarfile",
  "zipfile",
]);

/**
 * A call to code that looks the value up rather than reshapes it: a project's
 * own function (`find_account(email)`, `remember.check(cookie)`), not a built-in
 * or a library that decodes or parses its argument.
 */
function isLookup(callee: string): boolean {
  if (callee === "" || RESHAPING_BUILTINS.has(callee)) return false;
  const root = callee.split(".")[0] ?? "";
  return !RESHAPING_MODULES.has(root);
}

function receiverIsLocal(callee: SgNode, scope: Scope): boolean {
  const object = callee.children()[0];
  if (object === undefined) return false;
  if (object.kind() !== "identifier") return object.kind() === "string";
  return scope.read(object.text()) !== undefined;
}

/**
 * `t.render(...)` of a Django template, a Mako template with the `h` filter, or of a Jinja template from an
 * environment that chose its escaping: with autoescape on the page is escaped
 * HTML; with autoescape=False the XSS rule reports the render call itself, so
 * the page it returns is not reported again where it is served.
 */
function rendersEscapedPage(callee: SgNode, scope: Scope): boolean {
  const canonical = (d: string): string => scope.canonical(d);
  if (rendersDjangoTemplate(callee, canonical) || rendersEscapedMako(callee, canonical)) return true;
  const env = environmentOfRender(callee, canonical);
  return env !== undefined && environmentEscaping(env) !== "default";
}
