import type { SgNode } from "@ast-grep/napi";
import { defineRule, type RuleContext } from "../define-rule.js";
import { pyWeakHash } from "../fix/python.js";
import { assignedTo } from "./dataflow/bindings.js";
import { callSpec, findCalls, type FoundCall } from "./dataflow/sinks.js";
import { namePattern } from "../shared/name-pattern.js";

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
/** Fast general-purpose digests: strong against collisions, but far too quick to guess passwords against. */
const FAST_DIGESTS = callSpec({
  hint: /sha224|sha256|sha384|sha512|sha3_|blake2/,
  functions: [
    "hashlib.sha224",
    "hashlib.sha256",
    "hashlib.sha384",
    "hashlib.sha512",
    "hashlib.sha3_256",
    "hashlib.sha3_512",
    "hashlib.blake2b",
    "hashlib.blake2s",
  ],
});
/** What a password is called where it is hashed. */
const PASSWORD_WORD = /passw|pwd|passphrase/i;
/** Django's make_password with a named hasher (docs.djangoproject.com, "Password management"). */
const MAKE_PASSWORD = callSpec({
  hint: /make_password/,
  functions: ["django.contrib.auth.hashers.make_password", "make_password"],
});
/** passlib: a CryptContext's default scheme hashes every new password. */
const CONTEXTS = callSpec({
  hint: /CryptContext/,
  functions: ["passlib.context.CryptContext", "CryptContext"],
});
/** Django hasher names (`hasher="md5"`) and passlib schemes that are a fast unsalted or broken digest. */
const WEAK_SCHEME =
  /^(?:md5|sha1|unsalted_md5|unsalted_sha1|crypt|md5_crypt|apr_md5_crypt|des_crypt|bsdi_crypt|bigcrypt|crypt16|sha1_crypt|hex_md5|hex_sha1|ldap_md5|ldap_sha1|ldap_salted_md5|ldap_salted_sha1|plaintext|ldap_plaintext|mysql323|mysql41|postgres_md5|oracle10|lmhash|nthash)$/;
/** Django's hashers for those: first in PASSWORD_HASHERS, it hashes every new password. */
const WEAK_DJANGO_HASHER = /(?:^|\.)(?:Unsalted)?(?:MD5|SHA1)PasswordHasher$|(?:^|\.)CryptPasswordHasher$/;
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
      "hashlib.md5/sha1 (or MD5/SHA-1 from PyCryptodome or cryptography) hashes data in a security context: passwords, tokens, signatures; or a password is kept as one fast SHA-2 digest.",
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
    const weak: { readonly call: FoundCall; readonly algorithm: string }[] = [];
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
      weak.push({ call, algorithm });
    }
    // The check that recomputes a digest made elsewhere in the file (`compare_digest(stored,
    // md5(candidate))`) is the same recipe: reported where the digest is made, not again where it is checked.
    const made = new Set(weak.filter((w) => !checksDigest(w.call.node)).map((w) => w.algorithm));
    for (const { call, algorithm } of weak) {
      if (made.has(algorithm) && checksDigest(call.node)) continue;
      const line = ctx.lines.line(call.node.range().start.line + 1);
      // The line, or the name and parameters of the function the digest is made in
      // (`def reset_token_digest`, `def fingerprint(password, username)`).
      const fn = call.node.ancestors().find((a) => a.kind() === "function_definition");
      const secure =
        SECURITY_CONTEXT.test(line) ||
        SECURITY_CONTEXT.test(fn?.field("name")?.text() ?? "") ||
        SECURITY_CONTEXT.test(fn?.field("parameters")?.text() ?? "");
      // Without a security word nearby the digest is often a checksum or cache key: report it, but below the default threshold.
      ctx.report({
        node: call.node,
        confidence: secure ? 0.8 : 0.4,
        severity: secure ? "medium" : "low",
        message: `${algorithm.toUpperCase()} is used${secure ? " for what looks like a password, token or signature" : ""}. ${WHY}`,
      });
    }
    checkPasswordHashers(ctx);
    checkFastPasswordDigests(ctx);
  },
  pyWeakHash,
);

const PASSWORD_WHY =
  "A password stored as a fast digest (MD5, SHA-1, one round of SHA-256, DES crypt) can be brute-forced from a leaked table at billions of guesses a second; password hashes must be slow and salted.";

/**
 * `hashlib.sha256(password.encode()).hexdigest()` kept or returned as the
 * stored password: one fast unsalted round, which a leaked table gives up to
 * a GPU as quickly as MD5 does. The digest's input names a password, or is a
 * parameter of a def or class named for passwords (`LegacyPasswordService.hash(raw)`).
 * A digest handed straight into another call (bcrypt's SHA-256 pre-hash of a
 * long password, an HMAC key) is a step of some other scheme and is left alone;
 * a check that recomputes a digest made elsewhere in the file is reported there.
 */
function checkFastPasswordDigests(ctx: RuleContext): void {
  const found = findCalls(ctx, FAST_DIGESTS).filter((call) => {
    const input = call.args[0];
    if (input === undefined || usedInAnotherCall(call.node)) return false;
    if (PASSWORD_WORD.test(input.text())) return true;
    const fn = call.node.ancestors().find((a) => a.kind() === "function_definition");
    if (fn === undefined) return false;
    const cls = fn.ancestors().find((a) => a.kind() === "class_definition");
    const named = `${fn.field("name")?.text() ?? ""} ${cls?.field("name")?.text() ?? ""}`;
    if (!PASSWORD_WORD.test(named)) return false;
    const params = (fn.field("parameters")?.findAll({ rule: { kind: "identifier" } }) ?? []).map((n) =>
      n.text(),
    );
    return input.findAll({ rule: { kind: "identifier" } }).some((id) => params.includes(id.text()));
  });
  const made = new Set(found.filter((c) => !checksDigest(c.node)).map((c) => c.callee));
  for (const call of found) {
    if (made.has(call.callee) && checksDigest(call.node)) continue;
    const algorithm = call.callee.slice(call.callee.lastIndexOf(".") + 1).toUpperCase();
    ctx.report({
      node: call.node,
      message: `A password is hashed with a single fast ${algorithm} digest. ${PASSWORD_WHY}`,
    });
  }
}

/** The digest chain (`sha256(x).digest()`) is an argument of another call, not a value kept. */
function usedInAnotherCall(call: SgNode): boolean {
  let chain = call;
  for (
    let up = chain.parent();
    up !== null && (up.kind() === "attribute" || up.kind() === "call");
    up = up.parent()
  )
    chain = up;
  const holder = chain.parent();
  if (holder?.kind() !== "argument_list") return false;
  // Comparing is keeping: `compare_digest(sha256(pw).hexdigest(), stored)` checks against the stored form.
  return !isComparison(holder.parent() ?? holder);
}

/** Password hashing libraries told to use a weak scheme. */
function checkPasswordHashers(ctx: RuleContext): void {
  for (const call of findCalls(ctx, MAKE_PASSWORD)) {
    const hasher = call.kwargs.get("hasher") ?? call.args[2];
    const name = hasher?.kind() === "string" ? unquoted(hasher) : "";
    if (!WEAK_SCHEME.test(name)) continue;
    ctx.report({
      node: call.node,
      message: `make_password() hashes with the "${name}" hasher. ${PASSWORD_WHY}`,
    });
  }
  for (const call of findCalls(ctx, CONTEXTS)) {
    const schemes = call.kwargs.get("schemes") ?? call.args[0];
    const first = schemes?.children().find((c) => c.kind() === "string");
    const scheme = unquoted(first);
    // The first scheme (or `default=`) hashes new passwords; later ones only verify old hashes.
    const chosen = call.kwargs.get("default")?.text().replace(/["']/g, "") ?? scheme;
    if (!WEAK_SCHEME.test(chosen)) continue;
    const uses = hashCallsOn(ctx, call.node);
    for (const node of uses.length > 0 ? uses : [call.node]) {
      ctx.report({
        node,
        message: `The passlib CryptContext on line ${call.node.range().start.line + 1} hashes new passwords with "${chosen}". ${PASSWORD_WHY}`,
      });
    }
  }
  if (ctx.root === undefined || !ctx.text.includes("PASSWORD_HASHERS")) return;
  for (const assignment of ctx.root.findAll({
    rule: { kind: "assignment", regex: "^PASSWORD_HASHERS\\b" },
  })) {
    const first = assignment
      .field("right")
      ?.children()
      .find((c) => c.kind() === "string");
    const name = unquoted(first);
    if (first === undefined || !WEAK_DJANGO_HASHER.test(name)) continue;
    ctx.report({
      node: first,
      message: `${name.slice(name.lastIndexOf(".") + 1)} is first in PASSWORD_HASHERS, so Django hashes every new password with it. ${PASSWORD_WHY}`,
    });
  }
}

/** `hmac.compare_digest(a, b)`, `secrets.compare_digest`, or a plain `==` / `!=`. */
function isComparison(node: SgNode): boolean {
  if (node.kind() === "comparison_operator") return /==|!=/.test(node.text());
  return node.kind() === "call" && /(?:^|\.)compare_digest$/.test(node.field("function")?.text() ?? "");
}

/**
 * True when the digest is only compared: it sits in a comparison, or the name
 * it is assigned to is compared in the same function
 * (`expected = md5(...)` … `compare_digest(sig, expected)`).
 */
function checksDigest(call: SgNode): boolean {
  for (const a of call.ancestors()) {
    if (a.kind() === "function_definition" || a.kind() === "block") break;
    if (isComparison(a)) return true;
  }
  // `md5(x).hexdigest()`: the chain the digest call starts is what is assigned.
  let chain = call;
  for (
    let up = chain.parent();
    up !== null && (up.kind() === "attribute" || up.kind() === "call");
    up = up.parent()
  )
    chain = up;
  const holder = assignedTo(chain);
  const fn = call.ancestors().find((a) => a.kind() === "function_definition");
  if (holder === undefined || fn === undefined) return false;
  return fn
    .findAll({ rule: { kind: "identifier" } })
    .some((id) => id.text() === holder && id.ancestors().some(isComparison));
}

/** A string literal's text without its prefix and quotes: `r"md5"` → `md5`; "" without a node. */
function unquoted(literal: SgNode | undefined): string {
  return literal?.text().replace(/^[a-zA-Z]*["']|["']$/g, "") ?? "";
}

/** `ctx.hash(pw)` / `.encrypt(pw)` on the name a CryptContext(...) call is assigned to. */
function hashCallsOn(ctx: RuleContext, construction: SgNode): SgNode[] {
  const holder = assignedTo(construction);
  if (holder === undefined || ctx.root === undefined) return [];
  return ctx.root.findAll({ rule: { kind: "call" } }).filter((c) => {
    const callee = c.field("function");
    return (
      callee?.kind() === "attribute" &&
      /^(?:hash|encrypt)$/.test(callee.field("attribute")?.text() ?? "") &&
      callee.field("object")?.text() === holder
    );
  });
}

/**
 * The algorithm `hashlib.new` is given: a literal, or a module-level constant
 * it names (`DIGEST = "sha1"` … `hashlib.new(DIGEST)`), lower-cased.
 */
function algorithmName(text: string, arg: SgNode | undefined): string {
  if (arg === undefined) return "";
  if (arg.kind() === "identifier") {
    const declared = new RegExp(
      String.raw`^${namePattern(arg.text())}\s*(?::\s*[\w.]+\s*)?=\s*["']([\w-]+)["']\s*(?:#.*)?$`,
      "m",
    ).exec(text);
    return declared?.[1]?.toLowerCase() ?? "";
  }
  return arg.text().replace(/["']/g, "").toLowerCase();
}
