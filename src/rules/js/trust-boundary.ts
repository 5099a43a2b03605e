import type { SgNode } from "@ast-grep/napi";
import { JS_FAMILY } from "../../core/language.js";
import { assignmentsMatching, codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule } from "../define-rule.js";
import { callArguments } from "./dataflow/ast.js";
import { checkSinkValues, findCallsByWalk, flowOf } from "./dataflow/flow.js";
import { callerPrivilegeChecked, verifiedBefore } from "./dataflow/verified-before.js";
import { isCartChoiceKey, isIdentityKey, preferenceKind, sessionKeyOf } from "../shared/session-keys.js";

const meta = {
  id: "js/trust-boundary",
  languages: JS_FAMILY,
  category: "security",
  severity: "medium",
  confidence: 0.75,
  cwe: ["CWE-501"],
  owasp: "A04:2021-Insecure Design",
  title: "Untrusted data stored in the session",
  description: "A value from the request is written into req.session / ctx.session without validation.",
  why: "Code later trusts session data as if the server had set it (roles, user ids, redirect targets); mixing unvalidated input into it lets an attacker plant values that bypass checks on other requests.",
  howToFix:
    "Validate or normalise the value before storing it (schema validation, allow-list, number cast), and keep security decisions (role, user id) on server-side values only.",
  references: [
    "https://cwe.mitre.org/data/definitions/501.html",
    "https://expressjs.com/en/resources/middleware/session.html",
  ],
  fixable: false,
  family: "trust-boundary",
  // Operator-only flows (docs/trust-levels.md): a session value the operator sets is not data crossing a trust boundary.
  operatorFlows: "ignore",
  // A value read from the server's own database (the signed-in user's id) is what a session is for.
  storedFlows: "ignore",
} as const;

/**
 * `const session = await getIronSession(req, res, options)`: writes to the
 * session object a library hands back (iron-session, next-session) are
 * session writes too.
 */
function sessionObjectWrites(root: SgNode, text: string): SgNode[] {
  if (!/getIronSession|getSession/.test(text)) return [];
  const names = [
    ...text.matchAll(
      /\b(?:const|let|var)\s+([\w$]+)\s*=\s*(?:await\s+)?(?:getIronSession|getSession)\s*[<(]/g,
    ),
  ]
    .map((m) => m[1])
    .filter((n): n is string => n !== undefined && /^\w+$/.test(n));
  if (names.length === 0) return [];
  return root.findAll({
    rule: {
      kind: "assignment_expression",
      has: { field: "left", regex: `^(${names.join("|")})(\\.|\\[)` },
    },
  });
}

/** `String(x).slice(0, 60)`: the value cut down to a short plain string. */
const BOUNDED_TEXT = /^String\([^\n]{0,200}\)\.(?:slice|substring)\(\s*0\s*,\s*\d+\s*\)$/;

/**
 * Writes that cross no trust boundary: a display preference the user may pick
 * (`req.session.theme`, a display name cut to a short string), or a value the server checked against what it knows
 * just before (`if (!(await isMember(userId, tenantId))) return …`).
 */
function skipped(target: string, write: SgNode, value: SgNode): boolean {
  const kind = preferenceKind(sessionKeyOf(target) ?? "");
  if (kind === "preference") return true;
  if (kind === "display-name" && BOUNDED_TEXT.test(value.text())) return true;
  if (verifiedBefore(write, value)) return true;
  // Whom the session acts as, switched after the signed-in user's privilege was checked (a support agent's view-as).
  return isIdentityKey(sessionKeyOf(target) ?? "") && callerPrivilegeChecked(write);
}

/**
 * The parts of a value put into a session array that the server must vouch
 * for: each member of an object literal but the shopper's own picks (`sku`,
 * `qty`), or the whole value otherwise.
 */
function checkedParts(value: SgNode): SgNode[] {
  if (value.kind() !== "object") return [value];
  const out: SgNode[] = [];
  for (const member of value.namedChildren()) {
    if (member.kind() === "pair") {
      const key =
        member
          .field("key")
          ?.text()
          .replace(/^["'`]|["'`]$/g, "") ?? "";
      const v = member.field("value");
      if (v && !isCartChoiceKey(key)) out.push(v);
    } else if (member.kind() === "shorthand_property_identifier") {
      if (!isCartChoiceKey(member.text())) out.push(member);
    } else out.push(member);
  }
  return out;
}

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  const { text } = ctx;
  if (!root || !text.includes("session")) return;
  const engine = flowOf(ctx);
  if (!engine) return;
  const writes = assignmentsMatching(ctx, /^(req|request|ctx)\.session!?(\.|\[)/).filter(
    (a) => a.kind() === "assignment_expression",
  );
  writes.push(...sessionObjectWrites(root, text));
  // NestJS: `@Session() session` hands the express-session object to the handler.
  const nestSessions = new Set(
    [...text.matchAll(/@Session\(\s*\)\s*(?:private\s+|readonly\s+)*([\w$]+)/g)].map((m) => m[1]!),
  );
  if (nestSessions.size > 0) {
    // A write to a member of one of those names: the left side's leading name, then `.` or `[`.
    writes.push(
      ...assignmentsMatching(ctx, /^[\w$]+[.[]/).filter(
        (a) =>
          a.kind() === "assignment_expression" &&
          nestSessions.has(/^[\w$]+/.exec(a.field("left")?.text() ?? "")?.[0] ?? ""),
      ),
    );
  }
  // @fastify/session and @fastify/secure-session: `request.session.set("userId", value)`.
  if (/\.session\.set\s*\(/.test(text)) {
    for (const call of findCallsByWalk(ctx, "^(req|request|ctx)\\.session\\.set$")) {
      const [key, value] = callArguments(call);
      if (!value || skipped(`[${key?.text() ?? ""}]`, call, value)) continue;
      checkSinkValues(ctx, engine, meta, call, [value], {
        kind: "session",
        sink: `the session (${key?.text() ?? "a key"})`,
      });
    }
  }
  // `req.session.cart.push({ sku, qty, price })`: an array the session holds, filled in place.
  if (/\.session!?\.[\w$]+\.(?:push|unshift)\s*\(/.test(text)) {
    for (const call of findCallsByWalk(ctx, "^(req|request|ctx)\\.session!?\\.[\\w$]+\\.(push|unshift)$")) {
      const target = call.field("function")?.field("object")?.text() ?? "";
      const values = callArguments(call).flatMap(checkedParts);
      if (values.length === 0 || preferenceKind(sessionKeyOf(target) ?? "") === "preference") continue;
      checkSinkValues(ctx, engine, meta, call, values, { kind: "session", sink: target });
    }
  }
  for (const write of writes) {
    const right = write.field("right");
    if (!right || skipped(write.field("left")?.text() ?? "", write, right)) continue;
    checkSinkValues(ctx, engine, meta, write, [right], {
      kind: "session",
      sink: write.field("left")?.text() ?? "the session",
    });
  }
});
