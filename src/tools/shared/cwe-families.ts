/**
 * Merge families by CWE, for tools whose rules we have no table for (semgrep
 * with an operator's rules, eslint plugins under the project's own config).
 * Names match the families of the built-in rules so their findings merge.
 */
const FAMILY_BY_CWE: Readonly<Record<string, string>> = {
  "CWE-89": "sql-injection",
  "CWE-78": "command-injection",
  "CWE-77": "command-injection",
  "CWE-94": "code-injection",
  "CWE-95": "code-injection",
  "CWE-79": "xss",
  "CWE-502": "insecure-deserialization",
  "CWE-798": "hardcoded-credentials",
  "CWE-259": "hardcoded-credentials",
  "CWE-22": "path-traversal",
  "CWE-918": "ssrf",
  "CWE-295": "tls-verification",
  "CWE-327": "weak-cipher",
  "CWE-328": "weak-hash",
  "CWE-330": "insecure-random",
  "CWE-338": "insecure-random",
  "CWE-611": "xxe",
  "CWE-1321": "prototype-pollution",
  "CWE-601": "open-redirect",
  "CWE-377": "insecure-temp-file",
};

export function familyForCwe(cwe: readonly string[]): string | undefined {
  for (const id of cwe) {
    const family = FAMILY_BY_CWE[id];
    if (family !== undefined) return family;
  }
  return undefined;
}

/**
 * Tools write CWEs many ways: "CWE-89", "CWE-89: Improper Neutralization…",
 * "cwe-089", 89. Returns "CWE-89", or undefined for anything else.
 */
export function normaliseCwe(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isInteger(value) && value > 0) return `CWE-${value}`;
  if (typeof value !== "string") return undefined;
  const match = /^\s*CWE[-_ ]?0*([1-9]\d*|0)\b/i.exec(value);
  return match?.[1] === undefined ? undefined : `CWE-${match[1]}`;
}

/** Why a family of issue matters, for tool rules whose table gives no reason of their own. */
const WHY_BY_FAMILY: Readonly<Record<string, string>> = {
  "sql-injection":
    "Text from outside that reaches a query can read or change any data the application can reach.",
  "command-injection":
    "Text from outside that reaches a shell can run any command with the application's rights.",
  "code-injection": "Evaluating text as code lets whoever controls the text run anything the process can.",
  xss: "Unescaped text in a page lets an attacker run script in other users' browsers.",
  "insecure-deserialization":
    "Deserialising untrusted bytes with this loader can construct arbitrary objects and run code.",
  "hardcoded-credentials":
    "A secret in source control is readable by everyone with the code and cannot be rotated quietly.",
  "path-traversal": "A path built from outside input can reach files outside the intended directory.",
  ssrf: "A URL from outside input lets an attacker make the server call internal services.",
  "tls-verification": "Without certificate checks anyone on the network path can read and alter the traffic.",
  "weak-cipher": "Broken or weak cryptography does not protect the data it is meant to protect.",
  "weak-hash": "This hash is broken for security uses: collisions or brute force are practical.",
  "insecure-random": "This generator is predictable, so values derived from it can be guessed.",
  xxe: "An XML parser that resolves external entities can leak local files or call internal services.",
  "insecure-temp-file":
    "A predictable temporary file name can be raced or pre-created by another local user.",
  "prototype-pollution":
    "Writing to an object's prototype changes the behaviour of every object that shares it.",
  "open-redirect": "Redirecting to a URL from outside input sends users to attacker-controlled sites.",
};

export function whyForFamily(family: string | undefined): string | undefined {
  return family === undefined ? undefined : WHY_BY_FAMILY[family];
}
