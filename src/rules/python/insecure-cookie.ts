import type { SgNode } from "@ast-grep/napi";
import { defineRule } from "../define-rule.js";
import { pyInsecureCookie } from "../fix/python.js";
import { candidates, nodeQuery } from "./dataflow/hub.js";
import { callSpec, findCalls, flowOf } from "./dataflow/sinks.js";
import { CREDENTIAL_COOKIE } from "../shared/credential-cookie.js";

const WHY =
  "A cookie without Secure is also sent over plain HTTP, where anyone on the network reads it; without HttpOnly, any injected script can read it. Session cookies leaked either way let an attacker act as the user.";

const CALLS = callSpec({ hint: /set_cookie/, methods: ["set_cookie"] });
/**
 * Session cookies made by middleware with a protection turned off explicitly:
 * Starlette's SessionMiddleware with `https_only=False`, aiohttp_session's
 * storages with `secure=False` or `httponly=False`.
 */
const STARLETTE_SESSIONS = [
  "starlette.middleware.sessions.SessionMiddleware",
  "fastapi.middleware.sessions.SessionMiddleware",
];
const AIOHTTP_STORAGES = callSpec({
  hint: /aiohttp_session/,
  functions: [
    "EncryptedCookieStorage",
    "NaClCookieStorage",
    "RedisStorage",
    "MemcachedStorage",
    "SimpleCookieStorage",
  ].flatMap((c) => [
    `aiohttp_session.${c}`,
    `aiohttp_session.cookie_storage.${c}`,
    `aiohttp_session.redis_storage.${c}`,
    `aiohttp_session.memcached_storage.${c}`,
    `aiohttp_session.nacl_storage.${c}`,
  ]),
});
const MIDDLEWARE = callSpec({
  hint: /SessionMiddleware/,
  functions: STARLETTE_SESSIONS,
  methods: ["add_middleware"],
});
/**
 * Django/Flask settings that switch the protections off: `SESSION_COOKIE_SECURE = False`,
 * `config.update(SESSION_COOKIE_HTTPONLY=False)`, `{"SESSION_COOKIE_SECURE": False}`.
 */
const SETTING_RE = /(SESSION|CSRF|REMEMBER)_COOKIE_(SECURE|HTTPONLY)["']?\]?\s*[=:]\s*False$/;
const SETTINGS = nodeQuery(
  ["assignment", "keyword_argument", "pair"],
  SETTING_RE.source,
  /COOKIE_(?:SECURE|HTTPONLY)/,
);

/** Cookie names that hold a display preference, quoted as written: `"lang"`, `'theme'`. */
const PREFERENCE_COOKIE =
  /^["'](?:lang|language|locale|theme|color_scheme|tz|timezone|currency|font_size|cookie_consent|consent)["']$/i;
/** A Flask configuration class for a developer's machine or the tests: `DevelopmentConfig`, `TestingConfig`. */
const DEVELOPMENT_CLASS =
  /^(?:Dev|Development|Local|Test|Testing)(?:Config|Settings)?$|(?:Dev|Development|Local|Test|Testing)(?:Config|Settings)$/;

/** The setting sits in the body of a development or test configuration class. */
function inDevelopmentConfig(node: SgNode): boolean {
  const cls = node.ancestors().find((a) => a.kind() === "class_definition");
  return DEVELOPMENT_CLASS.test(cls?.field("name")?.text() ?? "");
}

/** `COOKIE = "recent"` at the top of the module: the string a cookie-name constant holds. */
function moduleString(ctx: { readonly root?: SgNode }, name: string): string | undefined {
  for (const statement of ctx.root?.children() ?? []) {
    const assignment = statement.kind() === "expression_statement" ? statement.child(0) : null;
    if (assignment?.kind() !== "assignment" || assignment.field("left")?.text() !== name) continue;
    const right = assignment.field("right");
    return right?.kind() === "string" ? right.text() : undefined;
  }
  return undefined;
}

/**
 * Whether a cookie is known to carry no credential: its name is a string (as
 * written, or in a module constant) and neither that name nor the value it is
 * given names a session, token, user or the like. A name we cannot read stays
 * a possible credential.
 */
function plainCookie(
  ctx: { readonly root?: SgNode },
  name: SgNode | undefined,
  value: SgNode | undefined,
): boolean {
  if (name === undefined) return false;
  const written =
    name.kind() === "string"
      ? name.text()
      : name.kind() === "identifier"
        ? moduleString(ctx, name.text())
        : undefined;
  if (written === undefined) return false;
  return (
    !CREDENTIAL_COOKIE.test(written) &&
    !CREDENTIAL_COOKIE.test(name.text()) &&
    !CREDENTIAL_COOKIE.test(value?.text() ?? "")
  );
}

function isTrue(node: SgNode | undefined): boolean | undefined {
  if (node === undefined) return false;
  const text = node.text();
  if (text === "True" || text === "1") return true;
  if (text === "False" || text === "None" || text === "0") return false;
  return undefined;
}

export default defineRule(
  {
    id: "py/insecure-cookie",
    languages: ["python"],
    category: "security",
    severity: "medium",
    confidence: 0.75,
    cwe: ["CWE-614", "CWE-1004"],
    owasp: "A05:2021-Security Misconfiguration",
    title: "Cookie without Secure or HttpOnly",
    description:
      "set_cookie() is called without secure=True or httponly=True, a settings file turns SESSION_COOKIE_SECURE / SESSION_COOKIE_HTTPONLY / CSRF_COOKIE_SECURE off, Starlette's SessionMiddleware runs with https_only=False, or an aiohttp_session storage is made with secure=False or httponly=False.",
    why: WHY,
    howToFix:
      "Pass secure=True, httponly=True and samesite='Lax' (or 'Strict') to set_cookie; in Django settings set SESSION_COOKIE_SECURE = True and CSRF_COOKIE_SECURE = True.",
    references: [
      "https://cwe.mitre.org/data/definitions/614.html",
      "https://cwe.mitre.org/data/definitions/1004.html",
      "https://owasp.org/www-community/controls/SecureCookieAttribute",
    ],
    fixable: true,
    family: "insecure-cookie",
  },
  (ctx) => {
    for (const call of findCalls(ctx, CALLS)) {
      // A display preference (`lang`, `theme`) carries no credential for Secure or HttpOnly to protect.
      const name = call.args[0] ?? call.kwargs.get("key");
      if (name?.kind() === "string" && PREFERENCE_COOKIE.test(name.text())) continue;
      // A region, cart or return-path cookie carries no credential for Secure or HttpOnly to protect.
      if (plainCookie(ctx, name, call.args[1] ?? call.kwargs.get("value"))) continue;
      // A computed flag (secure=not app.debug) is a decision we cannot judge here.
      const secure = isTrue(call.kwargs.get("secure"));
      const httpOnly = isTrue(call.kwargs.get("httponly"));
      const missing = [
        secure === false ? "secure=True" : "",
        httpOnly === false ? "httponly=True" : "",
      ].filter(Boolean);
      if (missing.length === 0) continue;
      ctx.report({
        node: call.node,
        message: `set_cookie() is called without ${missing.join(" and ")}. ${WHY}`,
        ...(httpOnly === false ? { extraCwe: ["CWE-1004"] } : {}),
      });
    }
    for (const call of findCalls(ctx, MIDDLEWARE)) {
      // `app.add_middleware(SessionMiddleware, ...)` names the class first; `SessionMiddleware(app, ...)` wraps directly.
      const cls = call.viaMethod ? call.args[0] : call.node.field("function");
      if (
        cls === undefined ||
        cls === null ||
        !STARLETTE_SESSIONS.includes(flowOf(ctx).canonical(cls.text()))
      )
        continue;
      // Only an explicit `https_only=False`: the default is left to the deployment's own HTTPS redirect.
      if (call.kwargs.get("https_only")?.text() !== "False") continue;
      ctx.report({
        node: call.node,
        message: `SessionMiddleware is added with https_only=False, so the session cookie has no Secure flag. ${WHY}`,
      });
    }
    for (const call of findCalls(ctx, AIOHTTP_STORAGES)) {
      // Only flags turned off explicitly: the storages' defaults are the library's to document.
      const secureOff = call.kwargs.get("secure")?.text() === "False";
      const httpOnlyOff = call.kwargs.get("httponly")?.text() === "False";
      const missing = [secureOff ? "secure=True" : "", httpOnlyOff ? "httponly=True" : ""].filter(Boolean);
      if (missing.length === 0) continue;
      ctx.report({
        node: call.node,
        message: `The aiohttp_session storage turns off what ${missing.join(" and ")} would set. ${WHY}`,
        ...(httpOnlyOff ? { extraCwe: ["CWE-1004"] } : {}),
      });
    }
    for (const node of candidates(ctx, SETTINGS)) {
      const m = SETTING_RE.exec(node.text());
      if (!m || inDevelopmentConfig(node)) continue;
      ctx.report({
        node,
        message: `${m[1] ?? ""}_COOKIE_${m[2] ?? ""} is False, so the ${m[1]?.toLowerCase() ?? ""} cookie is sent ${m[2] === "SECURE" ? "over plain HTTP" : "to scripts"}. ${WHY}`,
        ...(m[2] === "HTTPONLY" ? { extraCwe: ["CWE-1004"] } : {}),
      });
    }
  },
  pyInsecureCookie,
);
