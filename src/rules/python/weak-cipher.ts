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
    for (const call of findCalls(ctx, CALLS)) {
      const name =
        call.callee
          .replace(/\.new$/, "")
          .split(".")
          .at(-1) ?? call.callee;
      ctx.report({
        node: call.node,
        message: `${name} ${name === "ECB" ? "mode" : "cipher"} is used. ${WHY}`,
      });
    }
    for (const node of candidates(ctx, ECB_MODE)) {
      if (node.kind() === "attribute" && node.text().endsWith(".MODE_ECB"))
        ctx.report({ node, message: `${node.text()} encrypts equal blocks to equal ciphertext. ${WHY}` });
    }
  },
);
