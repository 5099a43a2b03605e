import type { SgNode } from "@ast-grep/napi";
import { defineRule } from "../define-rule.js";
import { pyWeakHash } from "../fix/python.js";
import { callSpec, findCalls } from "./dataflow/sinks.js";

const WHY =
  "MD5 and SHA-1 have practical collision attacks, and both are fast enough to brute-force: a password or token hashed with them can be recovered, and a signature or integrity check built on them can be forged.";

const WEAK = [
  "hashlib.md5",
  "hashlib.sha1",
  "Crypto.Hash.MD5.new",
  "Crypto.Hash.SHA1.new",
  "Cryptodome.Hash.MD5.new",
  "Cryptodome.Hash.SHA1.new",
  "cryptography.hazmat.primitives.hashes.MD5",
  "cryptography.hazmat.primitives.hashes.SHA1",
  "hashes.MD5",
  "hashes.SHA1",
  "MD5.new",
  "SHA1.new",
];
const CALLS = callSpec({ hint: /md5|sha1|MD5|SHA1|hashlib\.new/, functions: [...WEAK, "hashlib.new"] });
/** Words that show the digest protects something: a password, a token, a signature. */
const SECURITY_CONTEXT =
  /passw|pwd|secret|token|auth|sign|credential|session|salt|api_?key|otp|nonce|login|verify|integrity|certificate|hmac/i;

export default defineRule(
  {
    id: "py/weak-hash",
    languages: ["python"],
    category: "security",
    severity: "medium",
    confidence: 0.8,
    cwe: ["CWE-328", "CWE-327", "CWE-916"],
    owasp: "A02:2021-Cryptographic Failures",
    title: "MD5 or SHA-1 used for security",
    description:
      "hashlib.md5/sha1 (or MD5/SHA-1 from PyCryptodome or cryptography) hashes data in a security context: passwords, tokens, signatures.",
    why: WHY,
    howToFix:
      "For passwords use a slow salted hash (hashlib.scrypt, argon2-cffi, bcrypt); for tokens and integrity use SHA-256 or better (hashlib.sha256, hmac with sha256). If the hash is not for security (a cache key, a checksum), pass usedforsecurity=False to say so.",
    references: [
      "https://cwe.mitre.org/data/definitions/328.html",
      "https://docs.python.org/3/library/hashlib.html",
    ],
    fixable: true,
    family: "weak-hash",
  },
  (ctx) => {
    for (const call of findCalls(ctx, CALLS)) {
      const used = call.kwargs.get("usedforsecurity");
      if (used !== undefined && used.text() === "False") continue;
      let algorithm = call.callee.slice(call.callee.lastIndexOf(".") + 1);
      if (call.callee === "hashlib.new") {
        const name = algorithmName(ctx.text, call.args[0]);
        if (name !== "md5" && name !== "sha1") continue;
        algorithm = name;
      } else if (algorithm === "new") {
        algorithm = call.callee.split(".").at(-2) ?? algorithm;
      }
      const line = ctx.lines.line(call.node.range().start.line + 1);
      // The line, or the name of the function the digest is made in (`def reset_token_digest`).
      const fn = call.node.ancestors().find((a) => a.kind() === "function_definition");
      const secure = SECURITY_CONTEXT.test(line) || SECURITY_CONTEXT.test(fn?.field("name")?.text() ?? "");
      // Without a security word nearby the digest is often a checksum or cache key: report it, but below the default threshold.
      ctx.report({
        node: call.node,
        confidence: secure ? 0.8 : 0.4,
        severity: secure ? "medium" : "low",
        message: `${algorithm.toUpperCase()} is used${secure ? " for what looks like a password, token or signature" : ""}. ${WHY}`,
      });
    }
  },
  pyWeakHash,
);

/**
 * The algorithm `hashlib.new` is given: a literal, or a module-level constant
 * it names (`DIGEST = "sha1"` … `hashlib.new(DIGEST)`), lower-cased.
 */
function algorithmName(text: string, arg: SgNode | undefined): string {
  if (arg === undefined) return "";
  if (arg.kind() === "identifier") {
    const declared = new RegExp(
      String.raw`^${arg.text()}\s*(?::\s*[\w.]+\s*)?=\s*["']([\w-]+)["']\s*(?:#.*)?$`,
      "m",
    ).exec(text);
    return declared?.[1]?.toLowerCase() ?? "";
  }
  return arg.text().replace(/["']/g, "").toLowerCase();
}
