import type { SgNode } from "@ast-grep/napi";
import { JS_FAMILY } from "../../core/language.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule, type RuleContext } from "../define-rule.js";
import { callArguments, dottedPath, stringValue } from "./dataflow/ast.js";
import { findCalls, findCallsByWalk, isDead } from "./dataflow/flow.js";

const meta = {
  id: "js/weak-cipher",
  languages: JS_FAMILY,
  category: "security",
  severity: "high",
  confidence: 0.85,
  cwe: ["CWE-327", "CWE-326"],
  owasp: "A02:2021-Cryptographic Failures",
  title: "Broken or risky cipher",
  description:
    "crypto.createCipheriv/createDecipheriv uses DES, 3DES, RC4, RC2, Blowfish or ECB mode, the deprecated createCipher (no IV, MD5 key derivation) is called, or crypto-js encrypts with DES, TripleDES, RC4 or AES in ECB mode.",
  why: "These ciphers have small blocks or keys or known biases, and ECB mode encrypts equal blocks to equal ciphertext, leaking patterns; an attacker can recover or tamper with the data.",
  howToFix:
    "Use an authenticated mode: crypto.createCipheriv('aes-256-gcm', key, iv) with a random 12-byte IV per message, and check the auth tag when decrypting.",
  references: [
    "https://cwe.mitre.org/data/definitions/327.html",
    "https://nodejs.org/api/crypto.html#cryptocreatecipherivalgorithm-key-iv-options",
  ],
  fixable: false,
  family: "weak-cipher",
} as const;

const WEAK = /^(des|des-|des3|3des|des-ede|rc4|rc2|bf|blowfish|cast|idea|seed)|-ecb$|^aes-?\d*-?ecb/i;

/**
 * node-forge's `forge.cipher.createCipher("AES-GCM", key)` names its algorithm
 * like createCipheriv does (the IV is given to `start`): not Node's legacy createCipher.
 */
const FORGE_CIPHER = /(?:^|\.)cipher\.create(?:Cipher|Decipher)$/;

/** The string an identifier was declared with (`const ALGO = "des-cbc"`), or a literal's value. */
function algorithmOf(root: SgNode, node: SgNode | undefined): string | undefined {
  if (!node) return undefined;
  const literal = stringValue(node);
  if (literal !== undefined || node.kind() !== "identifier") return literal;
  const decl = root.find({
    rule: { kind: "variable_declarator", has: { field: "name", regex: `^${node.text()}$` } },
  });
  return stringValue(decl?.field("value"));
}

/** crypto-js's broken ciphers, by the object the call goes through: `CryptoJS.TripleDES.encrypt(text, key)`. */
const CRYPTO_JS_WEAK = "(^|\\.)(DES|TripleDES|RC4|RC4Drop)\\.(encrypt|decrypt)$";
const CRYPTO_JS_AES = "(^|\\.)AES\\.(encrypt|decrypt)$";
/** A file that uses crypto-js (`import CryptoJS from "crypto-js"`, `require("crypto-js/tripledes")`). */
const CRYPTO_JS = /["']crypto-js(?:\/[\w-]+)?["']/;

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  const { text } = ctx;
  if (!root) return;
  if (CRYPTO_JS.test(text)) checkCryptoJs(ctx);
  if (!/createCipher|createDecipher/.test(text)) return;
  const calls = findCalls(ctx, /(^|\.)(createCipher|createDecipher|createCipheriv|createDecipheriv)$/)
    .filter((call) => !isDead(call))
    .map((call) => ({
      call,
      path: dottedPath(call.field("function") ?? call) ?? "createCipher",
      algorithm: algorithmOf(root, callArguments(call)[0]),
    }));
  // Encrypting and decrypting with one cipher is one flaw, reported where new ciphertext is made.
  const encrypting = new Set(
    calls.filter((c) => /Cipher(iv)?$/.test(c.path)).map((c) => cipherKey(c.path, c.algorithm)),
  );
  for (const { call, path, algorithm } of calls) {
    if (/Decipher(iv)?$/.test(path) && encrypting.has(cipherKey(path, algorithm))) continue;
    if (/(createCipher|createDecipher)$/.test(path) && !FORGE_CIPHER.test(path)) {
      ctx.report({
        node: call,
        message: `${path}() derives the key with MD5 and uses no IV; it was removed in Node.js 22. ${meta.why}`,
      });
    } else if (algorithm !== undefined && WEAK.test(algorithm)) {
      ctx.report({
        node: call,
        message: `${path}("${algorithm}") uses a broken or risky cipher. ${meta.why}`,
      });
    }
  }
});

/** `createDecipheriv("des-cbc")` and `createCipheriv("des-cbc")` share a key; so do the legacy pair. */
function cipherKey(path: string, algorithm: string | undefined): string {
  const legacy = /(?:createCipher|createDecipher)$/.test(path) && !FORGE_CIPHER.test(path);
  return legacy ? "legacy" : (algorithm ?? "?").toLowerCase();
}

function checkCryptoJs(ctx: RuleContext): void {
  const calls = findCallsByWalk(ctx, CRYPTO_JS_WEAK).filter((call) => !isDead(call));
  const paths = new Set(calls.map((call) => dottedPath(call.field("function") ?? call) ?? ""));
  for (const call of calls) {
    const path = dottedPath(call.field("function") ?? call) ?? "crypto-js";
    // `DES.decrypt` beside `DES.encrypt`: one flaw, reported where new ciphertext is made.
    if (path.endsWith(".decrypt") && paths.has(path.replace(/decrypt$/, "encrypt"))) continue;
    ctx.report({ node: call, message: `${path}() uses a broken cipher (crypto-js). ${meta.why}` });
  }
  for (const call of findCallsByWalk(ctx, CRYPTO_JS_AES)) {
    // ECB chosen in the options object: `{ mode: CryptoJS.mode.ECB }`.
    if (isDead(call) || !callArguments(call).some((a) => /\bmode\s*:\s*[\w.]*\bECB\b/.test(a.text())))
      continue;
    const path = dottedPath(call.field("function") ?? call) ?? "AES";
    ctx.report({ node: call, message: `${path}() runs AES in ECB mode (crypto-js). ${meta.why}` });
  }
}
