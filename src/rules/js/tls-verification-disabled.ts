import { JS_FAMILY } from "../../core/language.js";
import { assignmentsMatching, callsMatching, codeRoot } from "./dataflow/shared-nodes.js";
import type { RuleContext } from "../define-rule.js";
import { defineRule } from "../define-rule.js";
import { jsTlsVerification } from "../fix/js.js";
import { callArguments, declaredValue, stringValue, unwrap } from "./dataflow/ast.js";
import type { SgNode } from "@ast-grep/napi";
import { isDead } from "./dataflow/flow.js";

const meta = {
  id: "js/tls-verification-disabled",
  languages: JS_FAMILY,
  category: "security",
  severity: "high",
  confidence: 0.9,
  cwe: ["CWE-295"],
  owasp: "A07:2021-Identification and Authentication Failures",
  title: "TLS certificate verification disabled",
  description:
    "rejectUnauthorized: false, strictSSL: false, a checkServerIdentity that accepts everything, the MongoDB driver's tlsAllowInvalidCertificates / tlsAllowInvalidHostnames / tlsInsecure: true (sslValidate: false), http-proxy's secure: false, or NODE_TLS_REJECT_UNAUTHORIZED=0 turns off certificate checks. Options written inside a call are reported where the call starts, naming the option's line.",
  why: "Without certificate verification anyone on the network path can impersonate the server and read or change the traffic, including credentials and tokens.",
  howToFix:
    "Leave verification on. For private certificate authorities pass the CA certificate with the `ca` option (or NODE_EXTRA_CA_CERTS) instead of disabling checks.",
  references: [
    "https://cwe.mitre.org/data/definitions/295.html",
    "https://nodejs.org/api/tls.html#tlsconnectoptions-callback",
    "https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue",
  ],
  fixable: true,
  family: "tls-verification",
} as const;

const DISABLING_KEYS = new Set(["rejectUnauthorized", "strictSSL", "sslValidate"]);

/**
 * The MongoDB driver's (and so Mongoose's and @nestjs/mongoose's) connection
 * options that turn certificate checks off when true. The hostname one is
 * last: it is only reported when its object disables nothing else, so one
 * connection gives one finding.
 */
const MONGO_INSECURE_KEYS = ["tlsAllowInvalidCertificates", "tlsInsecure", "tlsAllowInvalidHostnames"];

export default defineRule<SgNode>(
  meta,
  (ctx) => {
    const root = codeRoot(ctx);
    const { text } = ctx;
    const proxies = /http-proxy/.test(text);
    if (
      !root ||
      !(
        proxies ||
        /rejectUnauthorized|strictSSL|REJECT_UNAUTHORIZED|checkServerIdentity|tlsAllowInvalid|tlsInsecure|sslValidate/.test(
          text,
        )
      )
    )
      return;
    if (proxies) reportProxies(ctx);
    const pairs = root.findAll({
      rule: {
        kind: "pair",
        has: {
          field: "key",
          regex:
            "^[\"']?(rejectUnauthorized|strictSSL|sslValidate|checkServerIdentity|tlsAllowInvalidCertificates|tlsAllowInvalidHostnames|tlsInsecure)[\"']?$",
        },
      },
    });
    for (const pair of pairs) {
      const keyNode = pair.field("key");
      const key = keyNode ? (stringValue(keyNode) ?? keyNode.text()) : "";
      const value = pair.field("value");
      if (!value || isDead(pair)) continue;
      const v = unwrap(value);
      const at = callHeadOf(pair);
      const line = pair.range().start.line;
      const where = at && at.range().start.line !== line ? ` (line ${line + 1})` : "";
      if (DISABLING_KEYS.has(key) && isFalse(v)) {
        ctx.report({
          node: at ?? pair,
          message: `${key}: false${where} disables certificate verification. ${meta.why}`,
          state: pair,
        });
      } else if (
        MONGO_INSECURE_KEYS.includes(key) &&
        v.kind() === "true" &&
        firstMongoDisabler(pair)?.range().start.index === pair.range().start.index
      ) {
        ctx.report({
          node: at ?? pair,
          message: `${key}: true${where} makes the MongoDB connection accept ${key === "tlsAllowInvalidHostnames" ? "a certificate issued for another host" : "any certificate"}. ${meta.why}`,
          state: pair,
        });
      } else if (key === "checkServerIdentity" && acceptsEverything(v.text())) {
        ctx.report({
          node: at ?? pair,
          message: `checkServerIdentity${where} never reports an error, so any certificate is accepted. ${meta.why}`,
          state: pair,
        });
      }
    }
    const envWrites = assignmentsMatching(ctx, /NODE_TLS_REJECT_UNAUTHORIZED/);
    for (const write of envWrites) {
      const right = write.field("right");
      if (!right || isDead(write)) continue;
      const value = stringValue(right) ?? unwrap(right).text();
      if (value === "0" || value === "false") {
        ctx.report({
          node: write,
          message: `Setting NODE_TLS_REJECT_UNAUTHORIZED to 0 disables certificate checks for every TLS connection in the process. ${meta.why}`,
        });
      }
    }
  },
  jsTlsVerification,
);

/** The option among `pair`'s siblings the MongoDB finding is reported for: the first in MONGO_INSECURE_KEYS order set to true. */
function firstMongoDisabler(pair: SgNode): SgNode | undefined {
  const siblings = pair.parent()?.children() ?? [];
  for (const key of MONGO_INSECURE_KEYS) {
    const hit = siblings.find((c) => {
      const k = c.kind() === "pair" ? c.field("key") : null;
      const value = c.field("value");
      return k && value && (stringValue(k) ?? k.text()) === key && unwrap(value).kind() === "true";
    });
    if (hit) return hit;
  }
  return undefined;
}

function isFalse(v: SgNode): boolean {
  return v.kind() === "false" || /^(0|!1|!0\s*===\s*1)$/.test(v.text());
}

/**
 * The head of the call or `new` that receives the options object holding
 * `pair`, through nested option objects (`got.extend({ https: { rejectUnauthorized: false } })`
 * gives `got.extend`): the call is what makes the insecure connection, and
 * where a multi-line call starts is the line a reader looks at. Undefined
 * when the object is not written inside a call's arguments.
 */
function callHeadOf(pair: SgNode): SgNode | undefined {
  let object = pair.parent();
  while (object?.kind() === "object") {
    const up = object.parent();
    if (up?.kind() === "pair") {
      object = up.parent();
      continue;
    }
    const call = up?.kind() === "arguments" ? up.parent() : undefined;
    const head = call?.field("function") ?? call?.field("constructor");
    return head ?? undefined;
  }
  return undefined;
}

const PROXY_FACTORIES =
  /(^|\.)(createProxyMiddleware|legacyCreateProxyMiddleware|createProxyServer|createProxy)$/;

/**
 * http-proxy and http-proxy-middleware verify the upstream's certificate
 * unless `secure: false` is among their options (their documented option),
 * given inline or as a constant object declared in the same file.
 */
function reportProxies(ctx: RuleContext<SgNode>): void {
  for (const call of callsMatching(ctx, PROXY_FACTORIES)) {
    const first = callArguments(call)[0];
    const object =
      first && (first.kind() === "identifier" ? declaredObject(call, first.text()) : unwrap(first));
    const pair = object?.children().find((c) => c.kind() === "pair" && c.field("key")?.text() === "secure");
    const value = pair?.field("value");
    if (!pair || !value || !isFalse(unwrap(value)) || isDead(call)) continue;
    const head = call.field("function") ?? call;
    ctx.report({
      node: head,
      message: `secure: false (line ${pair.range().start.line + 1}) makes the proxy accept any certificate from the upstream server. ${meta.why}`,
    });
  }
}

/** `const name = { ... }` (possibly typed or cast) declared in the call's file. */
function declaredObject(from: SgNode, name: string): SgNode | undefined {
  const value = declaredValue(from.getRoot().root(), name);
  return value ? unwrap(value) : undefined;
}

/** `() => undefined`, `() => {}`, `function () { return undefined; }` */
function acceptsEverything(fn: string): boolean {
  const compact = fn.replace(/\s+/g, "");
  return (
    /^(\(\w*(,\w*)*\)|\w+)=>(undefined|null|\{\}|\{returnundefined;?\}|\{returnnull;?\})$/.test(compact) ||
    /^function\w*\([^)]*\)\{(return(undefined|null)?;?)?\}$/.test(compact)
  );
}
