import type { SgNode } from "@ast-grep/napi";
import { evalExpr, guardKey, type Scope } from "./expressions.js";
import { CLEAN, sanitise } from "./taint.js";
import type { Env } from "./env.js";
import { callArguments, codeChildren } from "./call-arguments.js";

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
export function applyGuard(cond: SgNode, thenEnv: Env, elseEnv: Env, scope: Scope): void {
  const kind = cond.kind();
  if (kind === "parenthesized_expression") {
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
    const [left, op, right] = cond.children();
    if (!left || !right) return;
    // `a and b` true means both held; `a or b` false means neither held.
    const scratch: Env = new Map();
    if (op?.text() === "and") {
      applyGuard(left, thenEnv, scratch, scope);
      applyGuard(right, thenEnv, scratch, scope);
    } else {
      applyGuard(left, scratch, elseEnv, scope);
      applyGuard(right, scratch, elseEnv, scope);
    }
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
      const current = without.get(key) ?? scope.read(key) ?? evalExpr(right, scope);
      without.set(key, sanitise(current, ["path"]));
      return;
    }
    if (containmentGuard(left, op.text(), right, thenEnv, elseEnv, scope)) return;
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
      if (key === undefined || pinned === undefined || evalExpr(right, scope).length > 0) return;
      const current = pinned.get(key) ?? scope.read(key) ?? evalExpr(parsed, scope);
      pinned.set(key, sanitise(current, ["url", "redirect"]));
      return;
    }
    const key = guardKey(left);
    if (key === undefined) return;
    const opText = op.text().replace(/\s+/g, " ");
    const constantRight = evalExpr(right, scope).length === 0;
    if (!constantRight) return;
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
        if (key !== undefined) thenEnv.set(key, CLEAN);
        return;
      }
    }
    if (callee.kind() === "attribute" && callee.children()[2]?.text() === "is_relative_to") {
      // `Path(p).resolve().is_relative_to(base)`: where true, p stays inside base.
      for (const key of pathKeysIn(callee.children()[0])) pathSafe(thenEnv, key, scope);
      return;
    }
    if (SUBJECT_FIRST.test(callee.text()) && args) {
      const subject = callArguments(args).positional[0];
      const key = subject ? guardKey(subject) : undefined;
      if (key !== undefined) thenEnv.set(key, CLEAN);
      return;
    }
    if (VALIDATING_FUNCTIONS.test(callee.text()) && args) {
      const named = callArguments(args).positional;
      const pattern = named[0]?.text() ?? "";
      // `re.match` only validates the whole value when the pattern is anchored at the end.
      const anchored = callee.text().endsWith("fullmatch") || /(?:\$|\\Z)['"]$/.test(pattern);
      const subject = named[1];
      const key = subject && anchored ? guardKey(subject) : undefined;
      if (key !== undefined) thenEnv.set(key, CLEAN);
    }
  }
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
  const [object, , attr] = node.children();
  if (object?.kind() !== "call" || !/^(?:hostname|netloc)$/.test(attr?.text() ?? "")) return undefined;
  const [callee, args] = object.children();
  if (!callee || !URL_PARSERS.has(scope.canonical(callee.text()))) return undefined;
  return callArguments(args).positional[0];
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
    const key = guardKey(item);
    if (key !== undefined) pathSafe(inside, key, scope);
  }
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
