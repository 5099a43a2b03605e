import type { SgNode } from "@ast-grep/napi";
import { defineRule } from "../define-rule.js";
import { candidates, nodeQuery } from "./dataflow/hub.js";
import { callSpec, findCalls } from "./dataflow/sinks.js";

const WHY =
  "DES and 3DES have tiny keys or blocks, RC4 and Blowfish leak their keystream or are broken in practice, and ECB mode encrypts equal blocks to equal ciphertext so the data's patterns show through: the encryption does not protect the data.";

const BROKEN = ["DES", "DES3", "ARC4", "ARC2", "Blowfish", "XOR", "CAST"];
const CALLS = callSpec({
  hint: /DES|ARC4|ARC2|Blowfish|XOR|CAST|TripleDES|IDEA|SEED|ECB/,
  functions: [
    ...BROKEN.flatMap((c) => [`Crypto.Cipher.${c}.new`, `Cryptodome.Cipher.${c}.new`, `${c}.new`]),
    ...["TripleDES", "ARC4", "Blowfish", "IDEA", "CAST5", "SEED"].flatMap((c) => [
      `cryptography.hazmat.primitives.ciphers.algorithms.${c}`,
      // cryptography 43 moved the broken ciphers to the "decrepit" package, with the same names.
      `cryptography.hazmat.decrepit.ciphers.algorithms.${c}`,
      `algorithms.${c}`,
    ]),
    "cryptography.hazmat.primitives.ciphers.modes.ECB",
    "modes.ECB",
  ],
});
const ECB_MODE = nodeQuery(["attribute"], "\\.MODE_ECB$", /MODE_ECB/);

export default defineRule(
  {
    id: "py/weak-cipher",
    languages: ["python"],
    category: "security",
    severity: "high",
    confidence: 0.85,
    cwe: ["CWE-327", "CWE-326"],
    owasp: "A02:2021-Cryptographic Failures",
    title: "Broken cipher or ECB mode",
    description:
      "Data is encrypted with DES, 3DES, RC4, RC2, Blowfish, IDEA, CAST or in ECB mode (PyCryptodome, cryptography).",
    why: WHY,
    howToFix:
      "Use an authenticated cipher: AES-GCM or ChaCha20-Poly1305 (cryptography's AESGCM / ChaCha20Poly1305), or Fernet for simple symmetric encryption, with a fresh random nonce per message.",
    references: [
      "https://cwe.mitre.org/data/definitions/327.html",
      "https://cryptography.io/en/latest/hazmat/primitives/aead/",
    ],
    fixable: false,
    family: "weak-cipher",
  },
  (ctx) => {
    // One finding per weak cipher construction: `DES3.new(k, DES3.MODE_ECB)` matches both the
    // cipher and the mode on one line, and an encrypt/decrypt pair usually rebuilds the very same
    // cipher (same algorithm, same key) a few lines apart. The reviewer fixes that scheme once, so
    // the first construction carries the finding and its repeats stay quiet.
    const seenLines = new Set<number>();
    const seenConstructions = new Set<string>();
    const report = (node: SgNode, construction: SgNode, message: string): void => {
      const line = node.range().start.line;
      const key = construction.text().replace(/\s+/g, "");
      if (seenLines.has(line) || seenConstructions.has(key)) return;
      seenLines.add(line);
      seenConstructions.add(key);
      ctx.report({ node, message });
    };
    for (const call of findCalls(ctx, CALLS)) {
      const name =
        call.callee
          .replace(/\.new$/, "")
          .split(".")
          .at(-1) ?? call.callee;
      report(
        call.node,
        outermostConstruction(call.node),
        `${name} ${name === "ECB" ? "mode" : "cipher"} is used. ${WHY}`,
      );
    }
    for (const node of candidates(ctx, ECB_MODE)) {
      if (node.kind() === "attribute" && node.text().endsWith(".MODE_ECB"))
        report(
          node,
          outermostConstruction(node),
          `${node.text()} encrypts equal blocks to equal ciphertext. ${WHY}`,
        );
    }
  },
);

/**
 * The whole cipher construction a match sits in: `modes.ECB()` and `algorithms.TripleDES(k)` are
 * arguments of `Cipher(...)`, and `AES.MODE_ECB` is an argument of `AES.new(...)`; climbing
 * through argument lists finds the call that builds the cipher, whose text names algorithm, key
 * and mode together.
 */
function outermostConstruction(node: SgNode): SgNode {
  let current = node;
  for (;;) {
    const list = current.parent();
    if (list?.kind() !== "argument_list") {
      if (list?.kind() === "keyword_argument" && list.parent()?.kind() === "argument_list") {
        current = list;
        continue;
      }
      return current;
    }
    const call = list.parent();
    if (call?.kind() !== "call") return current;
    current = call;
  }
}
