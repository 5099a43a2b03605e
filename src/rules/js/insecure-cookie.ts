import type { SgNode } from "@ast-grep/napi";
import { JS_FAMILY } from "../../core/language.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule, type RuleContext } from "../define-rule.js";
import { callArguments, stringValue, unwrap } from "./dataflow/ast.js";
import { findCalls, findCallsByWalk, isDead } from "./dataflow/flow.js";
import { NOT_AFTER_NAME, namePattern } from "../shared/name-pattern.js";
import { isCredentialCookie } from "../shared/credential-cookie.js";
import { checkSetting, type SettingCheck } from "../xfile/settings.js";

const meta = {
  id: "js/insecure-cookie",
  languages: JS_FAMILY,
  category: "security",
  severity: "medium",
  confidence: 0.75,
  cwe: ["CWE-614", "CWE-1004"],
  owasp: "A05:2021-Security Misconfiguration",
  title: "Cookie without Secure or HttpOnly",
  description:
    "res.cookie() / ctx.cookies.set() or an express-session / cookie-session configuration sets a cookie without secure: true, or with httpOnly: false.",
  why: "Without Secure the cookie is also sent over plain HTTP where anyone on the network can read it; without HttpOnly any injected script can steal it. Session cookies lost either way mean hijacked accounts.",
  howToFix:
    "Pass { secure: true, httpOnly: true, sameSite: 'lax' } (behind a proxy also app.set('trust proxy', 1)); for express-session set cookie: { secure: true, httpOnly: true }.",
  references: [
    "https://cwe.mitre.org/data/definitions/614.html",
    "https://cwe.mitre.org/data/definitions/1004.html",
    "https://expressjs.com/en/advanced/best-practice-security.html#use-cookies-securely",
  ],
  fixable: false,
  family: "insecure-cookie",
} as const;

/** The literal value given to `key` in an object literal: "true", "false", another expression's text, or undefined when absent. */
function optionValue(options: SgNode, key: string): string | undefined {
  for (const pair of options.namedChildren()) {
    if (pair.kind() === "shorthand_property_identifier" && pair.text() === key) return pair.text();
    if (pair.kind() !== "pair") continue;
    const k = pair.field("key");
    if ((k?.kind() === "property_identifier" ? k.text() : stringValue(k)) === key)
      return pair.field("value")?.text();
  }
  return undefined;
}

/**
 * Options not written out at the call (`res.cookie(name, value, COOKIE_OPTS)`,
 * `session(sessionConfig)`, `{ ...shared, maxAge }`): what the declarations
 * say, reported at the call that applies them. Options that name another
 * module's export are noted for the review, which fills them in from that
 * module (src/rules/xfile/settings.ts) and reports here the same way.
 */
function checkSettings(
  ctx: RuleContext,
  at: SgNode,
  options: SgNode,
  check: SettingCheck,
  what: string,
): void {
  checkSetting(ctx, at, options, check, what, (problem) =>
    ctx.report({
      node: at,
      message: `The ${what} cookie is set ${problem}: its options are declared apart from this call. ${meta.why}`,
      ...(problem.includes("HttpOnly") ? { extraCwe: ["CWE-1004"] } : {}),
    }),
  );
}

function checkOptions(
  ctx: RuleContext,
  at: SgNode,
  options: SgNode | undefined,
  what: string,
  pointAtCall = false,
): void {
  const opts = options ? unwrap(options) : undefined;
  // Built elsewhere, or `{ ...SHARED, maxAge }` where the spread options decide: as the declarations say.
  if (opts && (opts.kind() !== "object" || opts.namedChildren().some((p) => p.kind() === "spread_element"))) {
    checkSettings(ctx, at, opts, what === "session" ? "session-cookie" : "cookie", what);
    return;
  }
  const secure = opts ? optionValue(opts, "secure") : undefined;
  const httpOnly = opts ? optionValue(opts, "httpOnly") : undefined;
  const missing: string[] = [];
  if (secure === undefined || secure === "false") missing.push("Secure");
  if (httpOnly === "false" || (httpOnly === undefined && what !== "session")) missing.push("HttpOnly");
  if (missing.length === 0) return;
  // Point at the option that is wrong when there is one (cookie: { secure: false }).
  const culprit = opts
    ?.namedChildren()
    .find(
      (p) =>
        p.kind() === "pair" &&
        /^(secure|httpOnly)$/.test(p.field("key")?.text() ?? "") &&
        p.field("value")?.text() === "false",
    );
  ctx.report({
    node: pointAtCall ? at : (culprit ?? opts ?? at),
    message: `The ${what} cookie is set without ${missing.join(" and ")}. ${meta.why}`,
    ...(missing.includes("HttpOnly") ? { extraCwe: ["CWE-1004"] } : {}),
  });
}

/** A literal `Set-Cookie` value (string, template, or an array of them), or undefined when it is built elsewhere. */
function rawCookieValues(value: SgNode | undefined): SgNode[] | undefined {
  const v = value ? unwrap(value) : undefined;
  if (!v) return undefined;
  if (v.kind() === "string" || v.kind() === "template_string") return [v];
  if (v.kind() !== "array") return undefined;
  const items = v.namedChildren().filter((c) => c.kind() !== "comment");
  return items.every((c) => c.kind() === "string" || c.kind() === "template_string") ? items : undefined;
}

/** `res.setHeader("Set-Cookie", "sid=...; Path=/")`: the attributes are in the text. */
function checkRawCookie(ctx: RuleContext, value: SgNode | undefined): void {
  for (const cookie of rawCookieValues(value) ?? []) {
    const text = cookie.text();
    // Deleting a cookie: an expiry in the past or no lifetime left.
    if (/max-age\s*=\s*0\b|expires\s*=\s*thu,\s*01 jan 1970/i.test(text)) continue;
    const missing: string[] = [];
    // An attribute, or a substitution that decides it (`${secureFlag}`).
    if (!/;\s*secure\b|\$\{[^}$]*secure/i.test(text)) missing.push("Secure");
    if (!/;\s*httponly\b|\$\{[^}$]*httponly/i.test(text)) missing.push("HttpOnly");
    if (missing.length === 0) continue;
    const name = /^["'`]\s*([\w.-]+)=/.exec(text)?.[1] ?? "response";
    ctx.report({
      node: cookie,
      message: `The ${name} cookie is set by a raw Set-Cookie header without ${missing.join(" and ")}. ${meta.why}`,
      ...(missing.includes("HttpOnly") ? { extraCwe: ["CWE-1004"] } : {}),
    });
  }
}

/** Options that expire the cookie at once (`maxAge: 0`, `expires: new Date(0)`): the header deletes it. */
function clearsCookie(options: SgNode | undefined): boolean {
  const opts = options ? unwrap(options) : undefined;
  if (opts?.kind() !== "object") return false;
  const maxAge = optionValue(opts, "maxAge");
  const expires = optionValue(opts, "expires")?.replace(/\s+/g, "");
  return maxAge === "0" || expires === "newDate(0)";
}

function isSetCookie(node: SgNode | undefined): boolean {
  return node !== undefined && /^set-cookie$/i.test(stringValue(node) ?? "");
}

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  const { text } = ctx;
  if (!root || !/cookie|session/i.test(text)) return;
  const cookieCalls = findCalls(
    ctx,
    /^(res|response|reply)\.(cookie|setCookie)$|^ctx\.cookies\.set$|(^|\.)cookies(\(\))?\.set$|^[\w$]+\.set$/,
  );
  for (const call of cookieCalls) {
    if (isDead(call)) continue;
    const callee = call.field("function")?.text() ?? "";
    // Next.js: const store = await cookies(); store.set(name, value, options)
    if (/^[\w$]+\.set$/.test(callee) && !/^(res|response|reply|ctx)\./.test(callee)) {
      const receiver = callee.slice(0, callee.indexOf("."));
      if (
        !new RegExp(`${NOT_AFTER_NAME}${namePattern(receiver)}\\s*=\\s*(await\\s+)?cookies\\(\\)`).test(text)
      )
        continue;
    }
    const args = callArguments(call);
    // Next.js: cookies().set({ name: "session", value, httpOnly: false }): one object holds name, flags and all.
    const single = args.length === 1 ? unwrap(args[0]!) : undefined;
    if (single?.kind() === "object") {
      const name = optionValue(single, "name");
      if (name === undefined || optionValue(single, "value") === undefined || !isCredentialCookie(name))
        continue;
      checkOptions(ctx, call, single, name.replace(/^["'`]|["'`]$/g, ""), true);
      continue;
    }
    if (args.length < 2) continue;
    const value = stringValue(args[1]);
    if (value === "") continue; // clearing a cookie
    // Koa's `ctx.cookies.set("sid", null)` deletes the cookie: nothing is left to protect.
    if (args[1] && /^(?:null|undefined|void 0)$/.test(unwrap(args[1]).text())) continue;
    // Secure and HttpOnly protect what identifies a user; a theme or consent cookie is no credential.
    if (args[0] && !isCredentialCookie(args[0].text())) continue;
    checkOptions(ctx, call, args[2], stringValue(args[0]) ?? "response");
  }
  if (/set-cookie/i.test(text)) {
    for (const call of findCallsByWalk(ctx, "\\.(setHeader|header|set|append|appendHeader|writeHead)$")) {
      if (isDead(call)) continue;
      const args = callArguments(call);
      if (isSetCookie(args[0])) {
        checkRawCookie(ctx, args[1]);
        continue;
      }
      // res.writeHead(200, { "Set-Cookie": "..." })
      const headers = args.map((a) => unwrap(a)).find((a) => a.kind() === "object");
      for (const pair of headers?.namedChildren() ?? []) {
        if (pair.kind() !== "pair") continue;
        const key = pair.field("key");
        if (key && (isSetCookie(key) || /^set-cookie$/i.test(key.text())))
          checkRawCookie(ctx, pair.field("value") ?? undefined);
      }
    }
  }
  // The cookie package: serialize(name, value, options) makes the Set-Cookie value sent as written.
  if (/["']cookie["']/.test(text)) {
    for (const call of findCallsByWalk(ctx, "^(serialize|cookie\\.serialize)$")) {
      const [name, value, options] = callArguments(call);
      if (isDead(call) || !name || !isCredentialCookie(name.text())) continue;
      // serialize("session", "", { maxAge: 0 }) builds the header that deletes the cookie: nothing is left to protect.
      if (stringValue(value) === "" || clearsCookie(options)) continue;
      checkOptions(ctx, call, options, stringValue(name) ?? "response", true);
    }
  }
  for (const call of findCalls(ctx, /^(session|expressSession|cookieSession)$/)) {
    if (isDead(call)) continue;
    const config = callArguments(call)[0];
    const opts = config ? unwrap(config) : undefined;
    if (!opts) continue;
    // cookie-session and koa-session (`session(options, app)`) take the cookie's flags at the top level.
    const isCookieSession =
      call.field("function")?.text() === "cookieSession" ||
      callArguments(call).length === 2 ||
      /["']koa-session["']/.test(text);
    const cookie =
      opts.kind() === "object"
        ? opts
            .namedChildren()
            .find((p) => p.kind() === "pair" && p.field("key")?.text() === "cookie")
            ?.field("value")
        : undefined;
    // express-session's configuration or its cookie block declared apart from the call: as the declarations say.
    if (!isCookieSession && (opts.kind() !== "object" || (cookie && unwrap(cookie).kind() !== "object"))) {
      checkSettings(ctx, call, opts, "express-session", "session");
      continue;
    }
    checkOptions(ctx, call, isCookieSession ? opts : (cookie ?? undefined), "session");
  }
});
