import type { SgNode } from "@ast-grep/napi";
import { callArguments, dottedPath, lastSegment, lineOf, memberKey, stringValue, unwrap } from "./ast.js";
import {
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
import { CASTS, CLEAN_METHODS, PASSTHROUGH, SAFE_TAGS, SANITISERS } from "./sanitisers.js";
import { checkedName, positiveCheck, stripCasts } from "./definitions.js";
import { methodKey } from "./helpers.js";
import type { EvalMode, Scope } from "./scope.js";
import {
  asTaint,
  join,
  joinAll,
  record,
  role,
  sanitise,
  scale,
  source,
  unknown,
  type Value,
} from "./taint.js";

/** What expression evaluation needs from the engine: variable lookups and same-file calls. */
export interface Env {
  /** The value of a variable (or dotted path) at `at`, or `null` when nothing defines it. */
  lookup(name: string, at: SgNode, scope: Scope, mode: EvalMode): Value | null;
  /** The value of any expression node, in its own scope. */
  valueOf(node: SgNode): Value;
  /** The value a same-file function returns for these arguments, or `null` if `name` is not one. */
  callHelper(name: string, call: SgNode, scope: Scope, mode: EvalMode): Value | null;
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

const CONSTANT_KINDS: ReadonlySet<string> = new Set([
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
  const returned = dottedPath(unwrap(consequence));
  const parts = stripCasts(condition.text())
    .split("&&")
    .map((part) => part.trim().replace(/^\((.*)\)$/, "$1"));
  if (returned === undefined) {
    // ALLOWED.includes(params.get("next")) ? params.get("next") : "/": the same expression, re-read.
    const expression = unwrap(consequence).text().replace(/\s+/g, "");
    return parts.some((part) => MEMBERSHIP_CHECK.exec(part)?.[1]?.replace(/\s+/g, "") === expression);
  }
  return parts.some((part) => checkedName(positiveCheck(part)) === returned);
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
      return PASSTHROUGH.has(name) ? args : demote(args);
    }
    case "binary_expression":
      return evaluateUnionChain(n, scope, mode, env);
    case "unary_expression":
      return undefined;
    case "ternary_expression":
      if (checkedByCondition(n)) return evaluateField(n, "alternative", scope, mode, env);
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
    if (CASTS.has(path)) return undefined;
    const kinds = SANITISERS.get(path) ?? SANITISERS.get(lastSegment(path));
    if (kinds) return sanitise(argsValue(), kinds);
    const src = SOURCE_CALLS.get(path);
    if (src) return source(src, lineOf(n));
    if (callee.kind() === "identifier") {
      const helper = env.callHelper(path, n, scope, mode);
      if (helper !== null) return helper;
    }
  }
  const calleeKind = callee.kind();
  if (calleeKind === "member_expression") {
    const method = callee.field("property")?.text() ?? "";
    const receiverNode = callee.field("object");
    const receiver = receiverNode ? evaluate(receiverNode, scope, mode, env) : undefined;
    if (receiver?.kind === "role") {
      if (!METHODS_BY_ROLE[receiver.role].has(method)) return undefined;
      const words = REQUEST_WORDS.get(method) ?? "the request";
      return source({ label: `${path ?? method}()`, words, level: "remote", confidence: 1 }, lineOf(n));
    }
    // `User.findOne(...)`, `pool.query(...)`: rows stored earlier, perhaps by an attacker (second-order).
    const receiverPath = receiverNode ? dottedPath(receiverNode) : undefined;
    if (
      DB_READ_METHODS.has(method) ||
      (method === "query" && receiverPath !== undefined && DB_QUERY_RECEIVER.test(receiverPath))
    ) {
      const label = `${path ?? method}()`;
      return source({ label, words: STORED_ROW, level: "stored", confidence: 0.6 }, lineOf(n));
    }
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
    if ((method === "replace" || method === "replaceAll") && isStrippingReplace(args)) return undefined;
    if ((method === "replace" || method === "replaceAll") && isHtmlEscapingReplace(args))
      return sanitise(receiver, ["xss"]);
    if ((method === "replace" || method === "replaceAll") && isLdapEscapingReplace(args)) {
      return sanitise(receiver, ["ldap"]);
    }
    if (asTaint(receiver)) return join(receiver, scale(argsValue(), 0.9));
    return PASSTHROUGH.has(method) || (path !== undefined && PASSTHROUGH.has(path))
      ? argsValue()
      : demote(argsValue());
  }
  return path !== undefined && PASSTHROUGH.has(path) ? argsValue() : demote(argsValue());
}

/** The result of a call the engine cannot see into: tainted arguments make it of unknown provenance. */
function demote(value: Value): Value {
  return asTaint(value) ? unknown() : undefined;
}
