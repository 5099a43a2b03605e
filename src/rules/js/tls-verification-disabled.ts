import { JS_FAMILY } from "../../core/language.js";
import { assignmentsMatching, codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule } from "../define-rule.js";
import { jsTlsVerification } from "../fix/js.js";
import { stringValue, unwrap } from "./dataflow/ast.js";
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
    "rejectUnauthorized: false, strictSSL: false, a checkServerIdentity that accepts everything, or NODE_TLS_REJECT_UNAUTHORIZED=0 turns off certificate checks.",
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

const DISABLING_KEYS = new Set(["rejectUnauthorized", "strictSSL"]);

export default defineRule(
  meta,
  (ctx) => {
    const root = codeRoot(ctx);
    const { text } = ctx;
    if (!root || !/rejectUnauthorized|strictSSL|REJECT_UNAUTHORIZED|checkServerIdentity/.test(text)) return;
    const pairs = root.findAll({
      rule: {
        kind: "pair",
        has: { field: "key", regex: "^[\"']?(rejectUnauthorized|strictSSL|checkServerIdentity)[\"']?$" },
      },
    });
    for (const pair of pairs) {
      const keyNode = pair.field("key");
      const key = keyNode ? (stringValue(keyNode) ?? keyNode.text()) : "";
      const value = pair.field("value");
      if (!value || isDead(pair)) continue;
      const v = unwrap(value);
      if (DISABLING_KEYS.has(key) && (v.kind() === "false" || /^(0|!1|!0\s*===\s*1)$/.test(v.text()))) {
        ctx.report({ node: pair, message: `${key}: false disables certificate verification. ${meta.why}` });
      } else if (key === "checkServerIdentity" && acceptsEverything(v.text())) {
        ctx.report({
          node: pair,
          message: `checkServerIdentity never reports an error, so any certificate is accepted. ${meta.why}`,
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

/** `() => undefined`, `() => {}`, `function () { return undefined; }` */
function acceptsEverything(fn: string): boolean {
  const compact = fn.replace(/\s+/g, "");
  return (
    /^(\(\w*(,\w*)*\)|\w+)=>(undefined|null|\{\}|\{returnundefined;?\}|\{returnnull;?\})$/.test(compact) ||
    /^function\w*\([^)]*\)\{(return(undefined|null)?;?)?\}$/.test(compact)
  );
}
