import { JS_FAMILY } from "../../core/language.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule } from "../define-rule.js";
import { purposeNames } from "./dataflow/context.js";
import { findCalls, isDead } from "./dataflow/flow.js";

const meta = {
  id: "js/insecure-random",
  languages: JS_FAMILY,
  category: "security",
  severity: "medium",
  confidence: 0.8,
  cwe: ["CWE-330", "CWE-338"],
  owasp: "A02:2021-Cryptographic Failures",
  title: "Math.random() used for a secret or identifier",
  description:
    "Math.random() produces a token, password, session or reset id, nonce, salt or other value that must be unguessable.",
  why: "Math.random is not a cryptographic generator: its internal state can be recovered from a few outputs, so an attacker can predict the next tokens and take over accounts or sessions.",
  howToFix:
    "Use crypto.randomBytes(32).toString('base64url'), crypto.randomUUID() or crypto.getRandomValues() in the browser.",
  references: [
    "https://cwe.mitre.org/data/definitions/338.html",
    "https://nodejs.org/api/crypto.html#cryptorandombytessize-callback",
  ],
  fixable: false,
  family: "insecure-random",
} as const;

const SECRET_PURPOSE =
  /token|secret|passw|pwd|nonce|salt|otp|csrf|xsrf|session|api.?key|uuid|guid|verif|reset|invite|auth|(^|[^a-z])(generate|make|create|random|new)\w*id$/i;
const HARMLESS =
  /color|colour|delay|jitter|backoff|timeout|anim|shuffle|sample|position|offset|width|height|x$|y$/i;

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  const { text } = ctx;
  if (!root || !text.includes("Math.random")) return;
  for (const call of findCalls(ctx, "^Math\\.random$")) {
    if (isDead(call)) continue;
    const names = purposeNames(call);
    const purpose = names.find((n) => SECRET_PURPOSE.test(n) && !HARMLESS.test(n));
    if (purpose === undefined) continue;
    ctx.report({
      node: call,
      message: `Math.random() produces ${purpose}. ${meta.why}`,
      extraCwe: ["CWE-338"],
    });
  }
});
