import type { SgNode } from "@ast-grep/napi";
import { JS_FAMILY } from "../../core/language.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule } from "../define-rule.js";
import { callArguments, stringValue } from "./dataflow/ast.js";
import { purposeNames } from "./dataflow/context.js";
import { findCalls, isDead } from "./dataflow/flow.js";

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
    "crypto.createHash('md5' | 'sha1' | 'md4') hashes passwords, tokens, signatures or other security-relevant data.",
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

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  const { text } = ctx;
  if (!root || !/md[245]|sha-?1|ripemd/i.test(text)) return;
  for (const call of findCalls(ctx, "(^|\\.)(createHash|createHmac|hash)$")) {
    const args = callArguments(call);
    const algorithm = constantString(root, args[0]);
    if (algorithm === undefined || !WEAK.test(algorithm) || isDead(call)) continue;
    if (call.field("function")?.text().endsWith("createHmac")) continue; // HMAC-SHA1/MD5 are not broken by collisions.
    if (args.some((a) => /usedForSecurity\s*:\s*false/.test(a.text()))) continue;
    // What is hashed says what it is for: createHash("sha1").update(password), a reset token's function name.
    const statement = call
      .ancestors()
      .find((a) => /(_statement|_declaration|declarator)$/.test(String(a.kind())));
    const names = purposeNames(call);
    const purpose = [...names, (statement?.text() ?? "").slice(0, 300)].join(" ");
    const secure = SECURITY.test(purpose);
    if (!secure && NOT_SECURITY.test(purpose)) continue;
    ctx.report({
      node: call,
      message: `${algorithm.toUpperCase()} is used${secure && names.length > 0 ? ` in ${names.join(", ")}` : ""}. ${meta.why}`,
      confidence: secure ? 0.85 : 0.4,
    });
  }
});
