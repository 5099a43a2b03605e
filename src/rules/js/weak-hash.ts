import type { SgNode } from "@ast-grep/napi";
import { JS_FAMILY } from "../../core/language.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule, type RuleContext } from "../define-rule.js";
import { jsWeakHash } from "../fix/js.js";
import { callArguments, stringValue } from "./dataflow/ast.js";
import { purposeNames } from "./dataflow/context.js";
import { findCalls, findCallsByWalk, isDead } from "./dataflow/flow.js";

const meta = {
  id: "js/weak-hash",
  languages: JS_FAMILY,
  category: "security",
  severity: "medium",
  confidence: 0.75,
  cwe: ["CWE-328", "CWE-327", "CWE-916"],
  owasp: "A02:2021-Cryptographic Failures",
  title: "Weak hash algorithm (MD5/SHA-1) used for security",
  description:
    "crypto.createHash('md5' | 'sha1' | 'md4'), WebCrypto subtle.digest('SHA-1'), crypto-js MD5/SHA1 or the md5/sha1 packages hash passwords, tokens, signatures or other security-relevant data.",
  why: "MD5 and SHA-1 have practical collision attacks and are fast to brute-force, so signatures can be forged and hashed passwords or tokens recovered.",
  howToFix:
    "Use SHA-256 or better for integrity and signatures (or HMAC-SHA-256 with a key), and a password hash (argon2, bcrypt, scrypt, crypto.scrypt) for passwords. For non-security checksums pass { usedForSecurity: false } or name the purpose (etag, checksum).",
  references: [
    "https://cwe.mitre.org/data/definitions/328.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html",
  ],
  fixable: true,
  family: "weak-hash",
} as const;

const WEAK = /^(md2|md4|md5|sha1|sha-1|ripemd|ripemd160|rsa-md5|rsa-sha1)$/i;
const SECURITY =
  /pass|pwd|token|secret|sign|auth|session|credential|api.?key|nonce|otp|verify|salt|hmac|cookie|reset|invite|magic.?link/i;
const NOT_SECURITY =
  /etag|cache|checksum|fingerprint|digest.?file|content.?hash|file.?hash|dedupe|shard|bucket|gravatar|color|colour|slug|filename|key.?for|cache.?key/i;

/** A string literal, or the literal a same-file constant was declared with (`const ALGORITHM = "md5"`). */
function constantString(root: SgNode, node: SgNode | undefined): string | undefined {
  if (!node) return undefined;
  const literal = stringValue(node);
  if (literal !== undefined || node.kind() !== "identifier") return literal;
  const declaration = root.find({
    rule: {
      kind: "variable_declarator",
      has: { field: "name", regex: `^${node.text().replace(/\$/g, "\\$")}$` },
    },
  });
  return stringValue(declaration?.field("value"));
}

/** crypto-js's broken digests: `CryptoJS.SHA1(text)`, `CryptoJS.MD5(text)` (HMAC variants are not collision-bound). */
const CRYPTO_JS = /["']crypto-js(?:\/[\w-]+)?["']/;
const CRYPTO_JS_DIGEST = "(^|\\.)(MD5|SHA1)$";
/** Single-purpose packages, by the name they are bound to: `import md5 from "md5"`, `const sha1 = require("sha1")`. */
const DIGEST_PACKAGE =
  /(?:import\s+(\w+)\s+from|(?:const|let|var)\s+(\w+)\s*=\s*require\()\s*["'](md5|sha1|js-md5|js-sha1|blueimp-md5)["']/g;

export default defineRule(
  meta,
  (ctx) => {
    const root = codeRoot(ctx);
    const { text } = ctx;
    if (!root || !/md[245]|sha-?1|ripemd/i.test(text)) return;
    for (const call of findCalls(ctx, /(^|\.)(createHash|createHmac|hash)$/)) {
      const args = callArguments(call);
      const algorithm = constantString(root, args[0]);
      if (algorithm === undefined || !WEAK.test(algorithm) || isDead(call)) continue;
      if (call.field("function")?.text().endsWith("createHmac")) continue; // HMAC-SHA1/MD5 are not broken by collisions.
      if (args.some((a) => /usedForSecurity\s*:\s*false/.test(a.text()))) continue;
      reportIfForSecurity(ctx, call, algorithm);
    }
    // WebCrypto: `crypto.subtle.digest("SHA-1", data)`.
    if (/subtle/.test(text)) {
      for (const call of findCallsByWalk(ctx, "(^|\\.)subtle\\.digest$")) {
        const algorithm = constantString(root, callArguments(call)[0]);
        if (algorithm !== undefined && WEAK.test(algorithm) && !isDead(call))
          reportIfForSecurity(ctx, call, algorithm);
      }
    }
    if (CRYPTO_JS.test(text)) {
      for (const call of findCallsByWalk(ctx, CRYPTO_JS_DIGEST)) {
        const name = /(MD5|SHA1)$/.exec(call.field("function")?.text() ?? "")?.[1];
        if (name !== undefined && !isDead(call)) reportIfForSecurity(ctx, call, name);
      }
    }
    for (const m of text.matchAll(DIGEST_PACKAGE)) {
      const binding = m[1] ?? m[2];
      const algorithm = /sha1/.test(m[3] ?? "") ? "sha1" : "md5";
      if (binding === undefined) continue;
      for (const call of findCallsByWalk(ctx, `^${binding}$`)) {
        if (!isDead(call)) reportIfForSecurity(ctx, call, algorithm);
      }
    }
  },
  jsWeakHash,
);

/** What is hashed says what it is for: createHash("sha1").update(password), a reset token's function name. */
function reportIfForSecurity(ctx: RuleContext, call: SgNode, algorithm: string): void {
  const statement = call
    .ancestors()
    .find((a) => /(_statement|_declaration|declarator)$/.test(String(a.kind())));
  const names = purposeNames(call);
  // The value's own name comes first: a `fingerprint` of a user id in ApiKeysService is a label, not the key's digest.
  const own = names[0];
  if (own !== undefined && NOT_SECURITY.test(own) && !SECURITY.test(own)) return;
  const purpose = [...names, (statement?.text() ?? "").slice(0, 300)].join(" ");
  const secure = SECURITY.test(purpose);
  if (!secure && NOT_SECURITY.test(purpose)) return;
  ctx.report({
    node: call,
    message: `${algorithm.toUpperCase()} is used${secure && names.length > 0 ? ` in ${names.join(", ")}` : ""}. ${meta.why}`,
    confidence: secure ? 0.85 : 0.4,
  });
}
