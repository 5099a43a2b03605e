import type { SgNode } from "@ast-grep/napi";
import { endsFlow, unwrap } from "./ast.js";

/**
 * Calls that only look at a value's type, length or shape, or test it against
 * a list the data-flow engine already reads as an allow-list: passing one says
 * nothing about whether the server vouches for the value.
 */
const SHAPE_CHECKS = new Set([
  "test",
  "match",
  "includes",
  "has",
  "startsWith",
  "endsWith",
  "isArray",
  "isInteger",
  "isFinite",
  "isNaN",
  "Number",
  "String",
  "Boolean",
  "parseInt",
  "parseFloat",
]);

const FUNCTION_KINDS = new Set([
  "arrow_function",
  "function_declaration",
  "function_expression",
  "function",
  "method_definition",
]);

/** The texts a stored value is read through: the whole value, and what a call inside it is handed. */
function valueTexts(value: SgNode): Set<string> {
  const out = new Set<string>([unwrap(value).text()]);
  for (const call of value.findAll({ rule: { kind: "call_expression" } })) {
    for (const arg of call.field("arguments")?.namedChildren() ?? []) {
      if (arg.kind() === "identifier" || arg.kind() === "member_expression") out.add(arg.text());
    }
  }
  return out;
}

/** A fetch of one record by key: `users.findById(id)`, `users.get(id)`, `loadAccount(id)`. */
const LOOKUP = /^(?:find|get|load|fetch|lookup|read)(?:[A-Z]\w*)?$/;

/** Whether `call` (not a shape test) is handed one of `texts`, directly or in an array literal. */
function handedValue(call: SgNode, texts: ReadonlySet<string>): boolean {
  const callee = call.field("function")?.text() ?? "";
  const name = callee.slice(callee.lastIndexOf(".") + 1);
  if (SHAPE_CHECKS.has(name)) return false;
  const args = call.field("arguments")?.namedChildren() ?? [];
  // `findById(asUser)` with the value alone shows the record exists, not that this requester may pick it.
  if (LOOKUP.test(name) && args.length === 1 && texts.has(unwrap(args[0]!).text())) return false;
  for (const arg of call.field("arguments")?.namedChildren() ?? []) {
    const items = arg.kind() === "array" ? arg.namedChildren() : [arg];
    if (items.some((item) => texts.has(item.text()))) return true;
  }
  return false;
}

/** Names bound to what a check of the value returned: `const ok = await verify(email)`, `const { rowCount } = await pool.query(sql, [id])`. */
function verdictNames(fn: SgNode, before: number, texts: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const declarator of fn.findAll({ rule: { kind: "variable_declarator" } })) {
    if (declarator.range().end.index > before) continue;
    const init = declarator.field("value");
    const call = init
      ? unwrap(init.kind() === "await_expression" ? (init.namedChildren()[0] ?? init) : init)
      : undefined;
    if (call?.kind() !== "call_expression" || !handedValue(call, texts)) continue;
    const name = declarator.field("name");
    if (name?.kind() === "identifier") out.add(name.text());
    else
      for (const id of name?.findAll({ rule: { kind: "shorthand_property_identifier_pattern" } }) ?? [])
        out.add(id.text());
  }
  return out;
}

/** Whether a condition holds only when the check passed: `ok`, `await verify(email)`, `rowCount > 0`. */
function passedCheck(condition: SgNode, texts: ReadonlySet<string>, verdicts: ReadonlySet<string>): boolean {
  const inner = unwrap(condition);
  if (inner.kind() === "identifier") return verdicts.has(inner.text());
  const call = inner.kind() === "await_expression" ? unwrap(inner.namedChildren()[0] ?? inner) : inner;
  return call.kind() === "call_expression" && handedValue(call, texts);
}

/**
 * The server checked the value against what it knows before storing it:
 * `if (!(await isMember(userId, tenantId))) return reply.code(403)`,
 * `const { rowCount } = await pool.query(sql, [userId, tenantId]); if (!rowCount) return false;`,
 * or the write sits inside `if (ok)` where `ok = await consumeToken(token, email)`.
 */
export function verifiedBefore(write: SgNode, value: SgNode): boolean {
  let fn: SgNode | null = write.parent();
  while (fn && !FUNCTION_KINDS.has(String(fn.kind()))) fn = fn.parent();
  if (!fn) return false;
  const at = write.range().start.index;
  const texts = valueTexts(value);
  const verdicts = verdictNames(fn, at, texts);
  return fn.findAll({ rule: { kind: "if_statement" } }).some((guard) => {
    const condition = guard.field("condition");
    const consequence = guard.field("consequence");
    if (!condition || !consequence) return false;
    const inner = unwrap(condition);
    if (guard.range().end.index <= at) {
      if (inner.kind() !== "unary_expression" || inner.field("operator")?.text() !== "!") return false;
      const negated = inner.field("argument");
      return negated !== null && endsFlow(consequence) && passedCheck(negated, texts, verdicts);
    }
    const inside = consequence.range().start.index <= at && at < consequence.range().end.index;
    return inside && passedCheck(inner, texts, verdicts);
  });
}

/** Reads of the signed-in user's id from the session: `req.session.userId`, `ctx.session.user.id`, `session.uid`. */
const SESSION_IDENTITY = /\bsession!?\.(?:user\w*|uid|accountId|account)\b/;

/** A call that answers whether someone may act: `isStaff(id)`, `hasRole(id, "support")`, `canImpersonate(user)`. */
const PRIVILEGE_CALL = /^(?:is|has|can|may|check|require|assert|authori[sz]e)(?:[A-Z]\w*)?$/;

/** Members that say what a user may do: `caller.role`, `me.roles.includes(...)`, `user.isAdmin`. */
const PRIVILEGE_MEMBER = /^(?:roles?|permissions?|scopes?|groups?|staff|admin|is[A-Z]\w*|can[A-Z]\w*)$/;

/**
 * The handler refused, before the write, unless the signed-in user (read from
 * the session) holds a privilege: `if (!(await isStaff(ctx.session.userId))) ctx.throw(403)`,
 * or `const caller = await users.get(req.session.userId); if (caller.role !== "support") return …`.
 * The write then is an action the server granted this requester (a support
 * agent's pick of whom to view as), not the client's word taken on trust.
 */
export function callerPrivilegeChecked(write: SgNode): boolean {
  let fn: SgNode | null = write.parent();
  while (fn && !FUNCTION_KINDS.has(String(fn.kind()))) fn = fn.parent();
  if (!fn) return false;
  const at = write.range().start.index;
  const callers = new Set<string>();
  for (const declarator of fn.findAll({ rule: { kind: "variable_declarator" } })) {
    const name = declarator.field("name");
    const init = declarator.field("value");
    if (declarator.range().end.index > at || name?.kind() !== "identifier" || !init) continue;
    if (init.find({ rule: { kind: "call_expression" } }) && SESSION_IDENTITY.test(init.text()))
      callers.add(name.text());
  }
  return fn.findAll({ rule: { kind: "if_statement" } }).some((guard) => {
    const condition = guard.field("condition");
    const consequence = guard.field("consequence");
    if (!condition || !consequence || guard.range().end.index > at || !endsFlow(consequence)) return false;
    const privilegeCall = condition.findAll({ rule: { kind: "call_expression" } }).some((call) => {
      const callee = call.field("function")?.text() ?? "";
      return (
        PRIVILEGE_CALL.test(callee.slice(callee.lastIndexOf(".") + 1)) &&
        SESSION_IDENTITY.test(call.field("arguments")?.text() ?? "")
      );
    });
    const privilegeMember = condition.findAll({ rule: { kind: "member_expression" } }).some((m) => {
      const object = m.field("object");
      return (
        object?.kind() === "identifier" &&
        callers.has(object.text()) &&
        PRIVILEGE_MEMBER.test(m.field("property")?.text() ?? "")
      );
    });
    return privilegeCall || privilegeMember;
  });
}
