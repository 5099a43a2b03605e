import { defineRule } from "../define-rule.js";
import { findKnownTokens } from "./lib/secret-patterns.js";
import { LANGUAGES } from "../../core/language.js";

export default defineRule(
  {
    id: "text/known-token",
    // Every language: a key's format identifies it wherever it is written, source code included.
    languages: LANGUAGES,
    category: "security",
    severity: "high",
    confidence: 0.9,
    cwe: ["CWE-798"],
    owasp: "A07:2021-Identification and Authentication Failures",
    title: "Credential committed in a file",
    description:
      "A credential in a recognisable format (cloud key, API token, private key) is written into the file.",
    why: "Anyone who can read the repository, its forks, clones or history can use the credential; deleting the line does not remove it from history.",
    howToFix:
      "Revoke or rotate the credential first, then remove it and load it at run time from the environment or a secret manager.",
    references: [
      "https://cwe.mitre.org/data/definitions/798.html",
      "https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/",
    ],
    fixable: false,
    family: "hardcoded-credentials",
  },
  (ctx) => {
    // Prose and notes hold more examples and fewer live keys than config files.
    const confidence = ctx.file.language === "markdown" || ctx.file.language === "text" ? 0.7 : 0.9;
    for (const match of findKnownTokens(ctx.text)) {
      const range = { start: ctx.lines.positionAt(match.start), end: ctx.lines.positionAt(match.end) };
      ctx.report({
        range,
        redact: [range],
        severity: match.pattern.severity,
        confidence,
        message: `A ${match.pattern.name} is committed in this file (value redacted). ${match.pattern.rotate}`,
      });
    }
  },
);
