import type { SgNode } from "@ast-grep/napi";
import { evalExpr, guardKey, type Scope } from "./expressions.js";
import { ALL_SINKS, CLEAN, markVia, sanitise, type SinkKind, type Taint } from "./taint.js";
import type { Env } from "./env.js";
import { callArguments, codeChildren } from "./call-arguments.js";
import { NOT_SESSION } from "./sources.js";
import { predicateGuards } from "./predicates.js";
import { booleanOperands } from "./boolean-chain.js";
import { NOT_AFTER_NAME, NOT_BEFORE_NAME, namePattern } from "../../shared/name-pattern.js";

/** Checks that prove a value is harmless text when they pass. */
const VALIDATING_METHODS = new Set([
  "isdigit",
  "isalnum",
  "isalpha",
  "isnumeric",
  "isdecimal",
  "isidentifier",
  "startswith",
]);
/** Checks that take the value first: Django's redirect check and common validator names. */
const SUBJECT_FIRST =
  /(?<![^.])(?:url_has_allowed_host_and_scheme|is_safe_url|is_safe_redirect_url|is_safe_path|is_valid_\w+|validate_\w+)$/;
/** A prefix that names a whole origin: scheme, host and the slash that ends the host. */
const ORIGIN_PREFIX = /^[a-zA-Z]*["'][a-z][a-z0-9+.-]*:\/\/[^/"']+\/[^"']*["']$/;
const NOT_REDIRECTS: readonly SinkKind[] = ALL_SINKS.filter((k) => k !== "redirect" && k !== "url");

/**
 * Names checked with both `n.startswith("/")` and `not n.startswith("//")` in one
 * `and` condition, or (`inverted`, for an `or` that must fail) with
 * `not n.startswith("/")` and `n.startswith("//")`. Three scans of the text,
 * whatever the number of names: a chain of thousands of checks costs no more
 * than its length (docs/security-notes/linear-work.md).
 */
function sitePathKeys(text: string, inverted = false): string[] {
  const singles = new Set<string>();
  for (const m of text.matchAll(inverted ? NOT_SITE_PATH : SITE_PATH)) singles.add(m[1] ?? "");
  if (singles.size === 0) return [];
  const second = inverted ? namesAllowingSecond(text) : namesRefusingSecond(text);
  return [...singles].filter((name) => second.has(name));
}

// A name starts where no name character comes before it, so each run of them is read from one place.
const SITE_PATH = /(?<![\w.])([A-Za-z_][\w.]*)\.startswith\(\s*["']\/["']\s*\)/g;
const NOT_SITE_PATH = /not\s+([A-Za-z_][\w.]*)\.startswith\(\s*["']\/["']\s*\)/g;
const REFUSES_SECOND =
  /not\s+([A-Za-z_][\w.]*)\.startswith\(\s*["']\/\/["']|(?<![\w.])([A-Za-z_][\w.]*)\[1(?::2)?\]\s*(?:not\s+in\b|!=)/g;
const ALLOWS_SECOND =
  /(?<![\w.])([A-Za-z_][\w.]*)(?:\.startswith\(\s*["']\/\/["']|\[1(?::2)?\]\s*(?:in\b|==))/g;

/** Names whose second character is refused: `not n.startswith("//")`, or `n[1:2] not in ("/", "\\")`. */
function namesRefusingSecond(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(REFUSES_SECOND)) out.add(m[1] ?? m[2] ?? "");
  return out;
}

/**
 * Names whose second character may be a slash: `n.startswith("//")` or
 * `n[1:2] in ("/", "\\")`, not after a `not` (looked for in code, not by a
 * lookbehind `(?<!not\s+)`, which would re-read the blanks before every place).
 */
function namesAllowingSecond(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(ALLOWS_SECOND)) if (!afterNot(text, m.index)) out.add(m[1] ?? "");
  return out;
}

/** The second character checked too, for one name (as `sitePathKeys` reads it). */
export function secondCharacterRefused(text: string, name: string): boolean {
  return namesRefusingSecond(text).has(name);
}

/** `n.startswith("//")` or `n[1:2] in ("/", "\\")` for one name, not after a `not`. */
export function secondCharacterAllowed(text: string, name: string): boolean {
  return namesAllowingSecond(text).has(name);
}

/** Whether `not` and at least one blank come just before `at`. */
function afterNot(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i < at && i >= 3 && text.slice(i - 3, i) === "not";
}

/** A folder prefix that ends where a name starts: a literal, or a value joined with `os.sep` / `"/"`. */
function closedPrefix(prefix: SgNode): boolean {
  if (prefix.kind() === "string") return true;
  if (prefix.kind() !== "binary_operator") return false;
  const right = prefix.field("right")?.text() ?? "";
  return right === "os.sep" || right === "os.path.sep" || /^["'](?:\/|\\\\)["']$/.test(right);
}

/** Types an `isinstance` check can pin a value to that hold no query document. */
const SCALAR_TYPES = new Set(["str", "bytes", "int", "float", "bool", "decimal.Decimal", "Decimal"]);
const VALIDATING_FUNCTIONS = /^(?:re\.fullmatch|re\.match|\w+\.fullmatch|\w+\.match)$/;

export function isConstantFalse(cond: SgNode): boolean {
  const kind = cond.kind();
  if (kind === "false" || kind === "none") return true;
  if (kind === "integer") return /^0+$/.test(cond.text());
  if (kind === "string") return cond.text().replace(/^[a-zA-Z]*/, "").length === 2;
  return false;
}

export function isConstantTrue(cond: SgNode): boolean {
  const kind = cond.kind();
  if (kind === "true") return true;
  if (kind === "integer") return !/^0+$/.test(cond.text());
  return false;
}

/**
 * Refines the environments of an `if`'s two sides from its condition:
 * `x in ALLOWED` cleans x where true, `x not in ALLOWED` where false,
 * `x.isdigit()` / `re.fullmatch(p, x)` where true, `x == "lit"` where true;
 * `not`, `and` and `or` combine them.
 */
export function applyGuard(
  cond: SgNode,
  thenEnv: Env,
  elseEnv: Env,
  scope: Scope,
  /** The operator of an enclosing chain whose text was already read for its pairs (`a and b and c` is read once, at the top). */
  chain?: string,
): void {
  const kind = cond.kind();
  if (kind === "parenthesized_expression") {
    const inner = cond.children()[1];
    if (inner) applyGuard(inner, thenEnv, elseEnv, scope, chain);
    return;
  }
  if (kind === "await") {
    // `if not await is_public(url)`: the awaited predicate's result is the condition.
    const inner = cond.children()[1];
    if (inner) applyGuard(inner, thenEnv, elseEnv, scope);
    return;
  }
  if (kind === "not_operator") {
    const inner = cond.children()[1];
    if (inner) applyGuard(inner, elseEnv, thenEnv, scope);
    return;
  }
  if (kind === "boolean_operator") {
    const op = cond.field("operator")?.text() === "and" ? "and" : "or";
    // `a and b` true means both held; `a or b` false means neither held.
    const scratch: Env = new Map();
    for (const operand of booleanOperands(cond, op)) {
      if (op === "and") applyGuard(operand, thenEnv, scratch, scope, "and");
      else applyGuard(operand, scratch, elseEnv, scope, "or");
    }
    if (chain === op) return;
    // `x.startswith("/") and not x.startswith("//")`: a path on this site, wherever the pair sits in the chain;
    // `not x.startswith("/") or x.startswith("//")` false: the same.
    if (op === "and") for (const key of sitePathKeys(cond.text())) thenEnv.set(key, CLEAN);
    else for (const key of sitePathKeys(cond.text(), true)) elseEnv.set(key, CLEAN);
    return;
  }
  if (kind === "comparison_operator") {
    const children = cond.children();
    if (children.length !== 3) return;
    const [left, op, right] = children;
    if (!left || !op || !right) return;
    if (left.kind() === "string" && /^[a-zA-Z]*["'](?:\/|\\\\|\.\.)["']$/.test(left.text())) {
      // `"/" in name` / `".." not in name`: where the separator is absent, the value cannot leave its folder.
      const key = guardKey(right);
      const opText = op.text().replace(/\s+/g, " ");
      const without = opText === "in" ? elseEnv : opText === "not in" ? thenEnv : undefined;
      if (key === undefined || without === undefined) return;
      const current = taintOf(without, key, right, scope);
      without.set(key, sanitise(current, ["path"]));
      return;
    }
    if (containmentGuard(left, op.text(), right, thenEnv, elseEnv, scope)) return;
    if (baseNameGuard(left, op.text(), right, thenEnv, elseEnv, scope)) return;
    const parsed = parsedUrlSubject(left, scope);
    if (parsed !== undefined) {
      // `urlparse(url).hostname in ALLOWED_HOSTS`: the host is pinned, so is where the URL leads.
      const key = guardKey(parsed);
      const opText = op.text().replace(/\s+/g, " ");
      const pinned =
        opText === "in" || opText === "=="
          ? thenEnv
          : opText === "not in" || opText === "!="
            ? elseEnv
            : undefined;
      // The allowed hosts are the program's own (a constant, `self.allowed_hosts`, settings): only
      // a list the request itself supplies pins nothing.
      if (key === undefined || pinned === undefined) return;
      if (evalExpr(right, scope).some((o) => o.kind === "source")) return;
      const current = taintOf(pinned, key, parsed, scope);
      pinned.set(key, sanitise(current, ["url", "redirect"]));
      // `parts = urlsplit(ref)` … `if parts.netloc == request.host`: the URL the parts make leads
      // to that host. Not its path alone: `http://host//evil.com` has the pinned host and the path
      // `//evil.com`, which a browser follows off-site, so `parts.path` keeps the taint it had.
      const holder = left.children()[0];
      if (holder?.kind() === "identifier") {
        const name = holder.text();
        const before = taintOf(pinned, name, holder, scope);
        pinned.set(name, sanitise(before, ["url", "redirect"]));
        pinned.set(`${name}.path`, before);
      }
      return;
    }
    const key = guardKey(left);
    if (key === undefined) return;
    const opText = op.text().replace(/\s+/g, " ");
    const listed = evalExpr(right, scope);
    if (listed.length > 0) {
      // `redirect_uri not in client.redirect_uris` with `client = get_client(client_id)`: the input
      // chose which record, the server's record holds the entries, so an exact match pins where the
      // value leads (a registered callback). Not a list the request supplies itself.
      const registered = (opText === "in" || opText === "not in") && listed.every((o) => o.derived === true);
      if (!registered) return;
      const pinned = opText === "in" ? thenEnv : elseEnv;
      pinned.set(key, sanitise(taintOf(pinned, key, left, scope), ["url", "redirect"]));
      return;
    }
    if (opText === "in" || opText === "==") thenEnv.set(key, CLEAN);
    else if (opText === "not in" || opText === "!=") elseEnv.set(key, CLEAN);
    return;
  }
  if (kind === "call") {
    const [callee, args] = cond.children();
    if (!callee) return;
    if (callee.kind() === "attribute") {
      const parts = callee.children();
      const method = parts[2]?.text() ?? "";
      const object = parts[0];
      if (VALIDATING_METHODS.has(method) && object) {
        const key = guardKey(object);
        if (key === undefined) return;
        const prefix = method === "startswith" ? callArguments(args).positional[0] : undefined;
        // A prefix that is not a whole origin ("/", "https://example.com") does not pin where a
        // redirect leads: "//evil.example" and "https://example.com.evil.example" pass it.
        if (prefix !== undefined && !ORIGIN_PREFIX.test(prefix.text())) {
          const current = taintOf(thenEnv, key, object, scope);
          // `path.startswith(base)` without the separator also passes the sibling `base-evil/...`.
          const kinds = closedPrefix(prefix) ? NOT_REDIRECTS : NOT_REDIRECTS.filter((k) => k !== "path");
          thenEnv.set(key, sanitise(current, kinds));
          return;
        }
        // `n.isdigit()`: digits carry no syntax, but they are still what the user chose (the session boundary).
        const current = taintOf(thenEnv, key, object, scope);
        thenEnv.set(key, sanitise(current, NOT_SESSION));
        return;
      }
    }
    if (callee.kind() === "attribute" && callee.children()[2]?.text() === "is_relative_to") {
      // `Path(p).resolve().is_relative_to(base)`: where true, p stays inside base.
      for (const key of pathKeysIn(callee.children()[0])) pathSafe(thenEnv, key, scope);
      return;
    }
    if (callee.text() === "all" && args) {
      // `all(isinstance(v, str) for v in (a, b))`: the check holds for each listed value.
      const gen = callArguments(args).positional[0];
      if (gen?.kind() !== "generator_expression") return;
      const [body, clause] = codeChildren(gen);
      const parts = clause?.kind() === "for_in_clause" ? codeChildren(clause) : [];
      const [variable, listed] = parts;
      if (body?.kind() !== "call" || variable?.kind() !== "identifier" || listed === undefined) return;
      if (!/^(?:tuple|list|set)$/.test(String(listed.kind()))) return;
      for (const item of codeChildren(listed)) {
        const check = body
          .text()
          .replace(
            new RegExp(`${NOT_AFTER_NAME}${namePattern(variable.text())}${NOT_BEFORE_NAME}`),
            item.text(),
          );
        if (!/^isinstance\(/.test(check) || guardKey(item) === undefined) continue;
        applyIsinstance(item, callArguments(body.field("arguments")).positional[1], thenEnv, scope);
      }
      return;
    }
    if (callee.text() === "isinstance" && args) {
      // `isinstance(x, str)`: a scalar cannot carry query operators; a number carries no text at all.
      const [subject, types] = callArguments(args).positional;
      if (subject !== undefined) applyIsinstance(subject, types, thenEnv, scope);
      return;
    }
    if (
      (callee.kind() === "identifier" || ownMethod(callee, scope) !== undefined) &&
      args &&
      applySameFileCheck(callee, args, thenEnv, scope, predicateGuards)
    )
      return;
    if (SUBJECT_FIRST.test(callee.text()) && args) {
      const subject = callArguments(args).positional[0];
      const key = subject ? guardKey(subject) : undefined;
      if (key !== undefined) thenEnv.set(key, CLEAN);
      return;
    }
    if (VALIDATING_FUNCTIONS.test(callee.text()) && args) {
      const named = callArguments(args).positional;
      // `SLUG_RE.fullmatch(slug)`: a compiled pattern's methods take the subject first.
      const compiled = !/^re\.|^regex\./.test(scope.canonical(callee.text()));
      const pattern = compiled ? "" : (named[0]?.text() ?? "");
      // `re.match` only validates the whole value when the pattern is anchored at the end.
      const anchored = callee.text().endsWith("fullmatch") || /(?:\$|\\Z)['"]$/.test(pattern);
      const subject = compiled ? named[0] : named[1];
      const key = subject && anchored ? guardKey(subject) : undefined;
      if (key !== undefined) thenEnv.set(key, CLEAN);
    }
    if (importedCheck(callee, scope) && args) {
      // `is_local_path(target)` imported from another module: where it held, the value is noted as passed
      // through that call, and the cross-file summary says what the def checks (a predicate's verdict,
      // src/rules/xfile/py-summary.ts); the link step withdraws the finding only when it guards the sink's kind.
      const subject = callArguments(args).positional[0];
      const key = subject ? guardKey(subject) : undefined;
      if (subject === undefined || key === undefined) return;
      const current = taintOf(thenEnv, key, subject, scope);
      if (current.length > 0) thenEnv.set(key, markVia(current, cond));
    }
  }
}

/** A plain or dotted function name bound by an import (`is_local_path`, `safe_urls.is_local_path`). */
function importedCheck(callee: SgNode, scope: Scope): boolean {
  if (callee.kind() !== "identifier" && callee.kind() !== "attribute") return false;
  const text = callee.text();
  if (/^(?:self|cls)\./.test(text)) return false;
  return scope.canonical(text) !== text;
}

/** What `node` (whose guard key is `key`) holds where `env` applies: narrowed there already, bound in scope, or evaluated. */
function taintOf(env: Env, key: string, node: SgNode, scope: Scope): Taint {
  return env.get(key) ?? scope.read(key) ?? evalExpr(node, scope);
}

/**
 * `is_local_url(target)` as a condition, `ensure_public(url)` as a statement:
 * a call of a same-file def whose body shows what it checks (predicates.ts).
 * Where the check passed, its first argument is safe for the kinds `guards`
 * reads from the def; `env` is where it passed. False when the def is not
 * known to guard or the argument has no guard key.
 */
export function applySameFileCheck(
  callee: SgNode,
  args: SgNode | null,
  env: Env,
  scope: Scope,
  guards: (def: SgNode) => readonly SinkKind[],
): boolean {
  const def = callee.kind() === "identifier" ? scope.moduleDef(callee.text()) : ownMethod(callee, scope);
  const kinds = def === undefined ? [] : guards(def);
  if (kinds.length === 0) return false;
  const subject = callArguments(args).positional[0];
  const key = subject === undefined ? undefined : guardKey(subject);
  if (subject === undefined || key === undefined) return false;
  const current = taintOf(env, key, subject, scope);
  if (current.length > 0) env.set(key, sanitise(current, kinds));
  return true;
}

/**
 * `self._is_allowed(url)`: the def of that name in the class the call is
 * written in (its body is read as a module-level def's would be; the
 * argument after `self` is the subject). Undefined for any other callee.
 */
export function ownMethod(callee: SgNode, scope: Pick<Scope, "classMethod">): SgNode | undefined {
  if (callee.kind() !== "attribute") return undefined;
  const [object, , attribute] = callee.children();
  if (!/^(?:self|cls)$/.test(object?.text() ?? "") || attribute?.kind() !== "identifier") return undefined;
  // The nearest class around the call: climbing parent by parent stops there, where listing every ancestor would not.
  let holder = callee.parent();
  while (holder !== null && holder.kind() !== "class_definition") holder = holder.parent();
  return holder === null ? undefined : scope.classMethod(holder, attribute.text());
}

/** Where `isinstance(subject, types)` holds, a scalar subject carries no query operators, a number no text. */
function applyIsinstance(subject: SgNode, types: SgNode | undefined, thenEnv: Env, scope: Scope): void {
  const key = guardKey(subject);
  const names =
    types === undefined
      ? []
      : types
          .text()
          .replace(/[()\s]/g, "")
          .split(",");
  if (key === undefined || names.length === 0 || !names.every((n) => SCALAR_TYPES.has(n))) return;
  const numeric = names.every((n) => n !== "str" && n !== "bytes");
  const current = taintOf(thenEnv, key, subject, scope);
  thenEnv.set(key, numeric ? CLEAN : sanitise(current, ["nosql"]));
}

const URL_PARSERS = new Set([
  "urllib.parse.urlparse",
  "urllib.parse.urlsplit",
  "urlparse.urlparse",
  "urlparse.urlsplit",
]);

/** `urlparse(x).hostname` / `urlsplit(x).netloc`: the x whose host is being compared. */
function parsedUrlSubject(node: SgNode, scope: Scope): SgNode | undefined {
  if (node.kind() !== "attribute") return undefined;
  const [written, , attr] = node.children();
  // A URL object's own host: pydantic's `body.url.host`, yarl's and Starlette's `URL.host`/`.hostname`.
  if (/^(?:host|hostname)$/.test(attr?.text() ?? "") && written?.kind() === "attribute") {
    if (/url$/i.test(written.field("attribute")?.text() ?? "")) return written;
  }
  if (!/^(?:hostname|netloc)$/.test(attr?.text() ?? "")) return undefined;
  // `parts = urlsplit(url)` … `parts.hostname in ALLOWED`: the call the name was assigned in this function.
  const object = written?.kind() === "identifier" ? parsedBy(written) : written;
  if (object?.kind() !== "call") return undefined;
  const [callee, args] = object.children();
  if (!callee || !URL_PARSERS.has(scope.canonical(callee.text()))) return undefined;
  return callArguments(args).positional[0];
}

/** The single right-hand side assigned to `name` in its function, when there is exactly one. */
function parsedBy(name: SgNode): SgNode | undefined {
  const fn = name.ancestors().find((a) => a.kind() === "function_definition");
  if (fn === undefined) return undefined;
  const rights = fn
    .findAll({ rule: { kind: "assignment", has: { field: "left", regex: `^${name.text()}$` } } })
    .map((a) => a.field("right"));
  return rights.length === 1 ? (rights[0] ?? undefined) : undefined;
}

/** Functions whose result, compared with the base folder, says whether a path stays inside it. */
const COMMON_PATH = /^(?:os\.path|posixpath|ntpath)\.(?:commonpath|commonprefix)$/;

/**
 * `os.path.commonpath([base, p]) == base` (or `!=`, either side): where the
 * common part is the base, p cannot leave it, so it is safe as a path there;
 * the usual shape is `if ... != base: raise`, after which only the safe side runs.
 */
function containmentGuard(
  left: SgNode,
  opText: string,
  right: SgNode,
  thenEnv: Env,
  elseEnv: Env,
  scope: Scope,
): boolean {
  const call = [left, right].find((n) => n.kind() === "call");
  if (call === undefined) return false;
  const [callee, args] = call.children();
  if (!callee || !COMMON_PATH.test(scope.canonical(callee.text().replace(/\s+/g, "")))) return false;
  const inside = opText === "==" ? thenEnv : opText === "!=" ? elseEnv : undefined;
  if (inside === undefined) return false;
  const list = callArguments(args).positional[0];
  for (const item of list ? codeChildren(list) : []) {
    const key = containedKey(item, scope);
    if (key !== undefined) pathSafe(inside, key, scope);
  }
  return true;
}

/** Calls that spell the same place on disk as their argument: the checked path is the argument too. */
const SAME_PLACE = /^(?:os\.path|posixpath|ntpath)\.(?:realpath|abspath|normpath)$/;

/**
 * The name a `commonpath` list item checks: `p`, or the `p` inside
 * `os.path.realpath(p)`, whose resolved form lying inside the base puts p
 * there as well (the base itself is fixed, so it is never the input).
 */
function containedKey(item: SgNode, scope: Scope): string | undefined {
  const key = guardKey(item);
  if (key !== undefined || item.kind() !== "call") return key;
  const callee = item.field("function")?.text().replace(/\s+/g, "") ?? "";
  if (!SAME_PLACE.test(scope.canonical(callee))) return undefined;
  const inner = callArguments(item.field("arguments")).positional[0];
  return inner === undefined ? undefined : containedKey(inner, scope);
}

const BASENAME = /^(?:os\.path|posixpath|ntpath)\.basename$/;

/**
 * `name == os.path.basename(name)` (or `!=`, either side): where the name is
 * its own last component it holds no directory part to climb out with.
 */
function baseNameGuard(
  left: SgNode,
  opText: string,
  right: SgNode,
  thenEnv: Env,
  elseEnv: Env,
  scope: Scope,
): boolean {
  const [call, other] = left.kind() === "call" ? [left, right] : [right, left];
  if (call.kind() !== "call") return false;
  const callee = call.field("function")?.text() ?? "";
  if (!BASENAME.test(scope.canonical(callee))) return false;
  const subject = callArguments(call.field("arguments")).positional[0];
  const key = guardKey(other);
  if (subject?.text() !== other.text() || key === undefined) return false;
  const same = opText === "==" ? thenEnv : opText === "!=" ? elseEnv : undefined;
  if (same !== undefined) pathSafe(same, key, scope);
  return true;
}

/** The plain names inside a `Path(p).resolve()` chain: `p`. */
function pathKeysIn(node: SgNode | undefined): string[] {
  if (node === undefined) return [];
  const key = guardKey(node);
  if (key !== undefined) return [key];
  return node
    .findAll({ rule: { kind: "identifier" } })
    .map((n) => n.text())
    .filter((t) => !/^(?:Path|PurePath|resolve|absolute|os|path|pathlib)$/.test(t));
}

function pathSafe(env: Env, key: string, scope: Scope): void {
  const current = env.get(key) ?? scope.read(key);
  if (current !== undefined) env.set(key, sanitise(current, ["path"]));
}
