import type { Severity } from "../../../core/severity.js";
import { looksLikePlaceholder, shannonEntropy } from "./entropy.js";

/**
 * Token formats that identify a credential by their shape alone. Exported for
 * every rule that looks for secrets (text files here; hard-coded credential
 * rules in Python and JavaScript). Each regex is global and marks the secret
 * as its `secret` named group, so only that part is redacted.
 */
export interface TokenPattern {
  readonly id: string;
  /** What it is, for messages: "GitHub personal access token". */
  readonly name: string;
  readonly regex: RegExp;
  readonly severity: Severity;
  /** Where to revoke or rotate it. */
  readonly rotate: string;
}

export const TOKEN_PATTERNS: readonly TokenPattern[] = [
  {
    id: "private-key",
    name: "private key",
    // The body between the markers is the secret; the markers themselves are not.
    regex:
      /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----(?<secret>[\s\S]*?)-----END \1-----/g,
    severity: "critical",
    rotate: "Generate a new key pair, replace the public key wherever it is trusted, and revoke the old one.",
  },
  {
    id: "aws-access-key-id",
    name: "AWS access key id",
    regex: /\b(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g,
    severity: "critical",
    rotate: "Deactivate the key in AWS IAM, create a new one, and check CloudTrail for its use.",
  },
  {
    id: "github-token",
    name: "GitHub token",
    regex: /\b(?<secret>gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/g,
    severity: "critical",
    rotate:
      "Revoke the token in GitHub's developer settings and create a new one with the least scope needed.",
  },
  {
    id: "gitlab-token",
    name: "GitLab personal access token",
    regex: /\b(?<secret>glpat-[A-Za-z0-9_-]{20,})(?![A-Za-z0-9_-])/g,
    severity: "critical",
    rotate: "Revoke the token in GitLab's access token settings and create a new one.",
  },
  {
    id: "slack-token",
    name: "Slack token",
    regex: /\b(?<secret>xox[baprs]-[0-9]{6,}-[A-Za-z0-9-]{6,})/g,
    severity: "high",
    rotate: "Revoke the token in the Slack app's settings and issue a new one.",
  },
  {
    id: "slack-webhook",
    name: "Slack webhook URL",
    regex:
      /https:\/\/hooks\.slack\.com\/services\/(?<secret>T[A-Z0-9]{6,}\/B[A-Z0-9]{6,}\/[A-Za-z0-9]{20,})/g,
    severity: "high",
    rotate: "Delete the webhook in Slack and create a new one.",
  },
  {
    id: "stripe-live-key",
    name: "Stripe live secret key",
    regex: /\b(?<secret>(?:sk|rk)_live_[0-9A-Za-z]{24,99})\b/g,
    severity: "critical",
    rotate: "Roll the key in the Stripe dashboard (Developers → API keys).",
  },
  {
    id: "stripe-test-key",
    name: "Stripe test secret key",
    regex: /\b(?<secret>(?:sk|rk)_test_[0-9A-Za-z]{24,99})\b/g,
    severity: "medium",
    rotate: "Roll the key in the Stripe dashboard (Developers → API keys, test mode).",
  },
  {
    id: "connection-string-password",
    name: "connection string with a password",
    // scheme://user:password@host — the password is the secret; the user may be empty (redis://:pw@host).
    regex:
      /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?):\/\/[^\s:@/"'`]{0,256}:(?<secret>[^\s@/"'`]{1,256})@[^\s"'`]/g,
    severity: "high",
    rotate:
      "Change the database or broker user's password, then load the URL from the environment or a secret manager.",
  },
  {
    id: "google-api-key",
    name: "Google API key",
    regex: /\b(?<secret>AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g,
    severity: "high",
    rotate: "Delete or regenerate the key in Google Cloud's credentials page and restrict the new one.",
  },
  {
    id: "openai-key",
    name: "OpenAI API key",
    regex:
      /\b(?<secret>sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|sk-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/g,
    severity: "high",
    rotate: "Revoke the key in the OpenAI dashboard and create a new one.",
  },
  {
    id: "anthropic-key",
    name: "Anthropic API key",
    regex: /\b(?<secret>sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,})(?![A-Za-z0-9_-])/g,
    severity: "high",
    rotate: "Revoke the key in the Anthropic console and create a new one.",
  },
  {
    id: "npm-token",
    name: "npm access token",
    regex: /\b(?<secret>npm_[A-Za-z0-9]{36})\b/g,
    severity: "high",
    rotate: "Revoke the token with `npm token revoke` and create a new one.",
  },
  {
    id: "sendgrid-key",
    name: "SendGrid API key",
    regex: /\b(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
    severity: "high",
    rotate: "Delete the key in SendGrid's API key settings and create a new one.",
  },
  {
    id: "huggingface-token",
    name: "Hugging Face access token",
    regex: /\b(?<secret>hf_[A-Za-z0-9]{34,40})\b/g,
    severity: "high",
    rotate: "Invalidate the token in Hugging Face's access token settings and create a new one.",
  },
  {
    id: "pypi-token",
    name: "PyPI upload token",
    // "pypi-AgEIcHlwaS5vcmc" is the fixed, base64-encoded start of every pypi.org macaroon.
    regex: /\b(?<secret>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})(?![A-Za-z0-9_-])/g,
    severity: "critical",
    rotate: "Remove the token in PyPI's account settings and create a new, project-scoped one.",
  },
  {
    id: "azure-storage-key",
    name: "Azure Storage account key",
    regex: /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/g,
    severity: "critical",
    rotate: "Rotate the key in the storage account's Access keys page; prefer Entra ID or SAS tokens.",
  },
  {
    id: "shopify-token",
    name: "Shopify access token",
    regex: /\b(?<secret>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b/g,
    severity: "high",
    rotate: "Uninstall and reinstall the app (or rotate the custom app's token) to invalidate it.",
  },
  {
    id: "digitalocean-token",
    name: "DigitalOcean token",
    regex: /\b(?<secret>do[opr]_v1_[a-f0-9]{64})\b/g,
    severity: "critical",
    rotate: "Revoke the token in DigitalOcean's API settings and create a new one.",
  },
  {
    id: "databricks-token",
    name: "Databricks personal access token",
    regex: /\b(?<secret>dapi[a-f0-9]{32}(?:-\d)?)\b/g,
    severity: "high",
    rotate: "Revoke the token in the Databricks workspace's user settings and create a new one.",
  },
  {
    id: "jwt",
    name: "JSON Web Token",
    regex: /\b(?<secret>eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})(?![A-Za-z0-9_-])/g,
    severity: "medium",
    rotate:
      "Treat the token as leaked: revoke it (or rotate the signing key) and issue tokens only at run time.",
  },
];

export interface TokenMatch {
  readonly pattern: TokenPattern;
  /** UTF-16 offsets of the secret part in the text; `end` is exclusive. */
  readonly start: number;
  readonly end: number;
}

/**
 * Every known token in `text`, leftmost first, skipping stand-ins such as
 * AWS's documented AKIAIOSFODNN7EXAMPLE or "ghp_xxxx…", and PEM blocks whose
 * body is elided ("...").
 */
export function findKnownTokens(text: string): TokenMatch[] {
  const matches: TokenMatch[] = [];
  for (const pattern of TOKEN_PATTERNS) {
    for (const match of text.matchAll(pattern.regex)) {
      const secret = match.groups?.secret;
      if (secret === undefined) continue;
      const start = match.index + match[0].indexOf(secret);
      const value = secret.trim();
      if (isStandIn(pattern, value)) continue;
      const leading = secret.length - secret.trimStart().length;
      matches.push({ pattern, start: start + leading, end: start + leading + value.length });
    }
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}

function isStandIn(pattern: TokenPattern, value: string): boolean {
  // Passwords are chosen by people, so low entropy does not make one a stand-in.
  if (pattern.id === "connection-string-password") return looksLikePlaceholder(value) || value.length < 4;
  if (pattern.id === "private-key") {
    const body = value.replace(/^[A-Za-z-]+:.*$/gm, "").replace(/\s+/g, "");
    return body.length < 64 || /\.\.\.|x{8,}/i.test(body);
  }
  // The prefix is fixed, so judge only what follows it.
  const tail = value.replace(
    /^(?:gh[pousr]_|github_pat_|glpat-|xox[baprs]-|(?:sk|rk)_(?:live|test)_|AIza|sk-(?:proj-|svcacct-|admin-|ant-)?|npm_|SG\.|AKIA|ASIA|ABIA|ACCA|hf_|pypi-AgEIcHlwaS5vcmc|shp(?:at|ca|pa|ss)_|do[opr]_v1_|dapi)/,
    "",
  );
  return looksLikePlaceholder(tail) || /EXAMPLE$/.test(value) || shannonEntropy(tail) < 2.5;
}
