/** Shannon entropy of a string in bits per character (0 for ""). */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const length = codePointLength(value);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

// Matches values that stand for a secret rather than being one:
// ${VAR}, $VAR, {{ var }}, <your-key>, %(name)s, %VAR%, REPLACE_ME, xxxx, ****, ...
const TEMPLATE =
  /^(?:\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\{\{.*\}\}|<[^>]*>|%\([^)]*\)s|%[A-Za-z_][A-Za-z0-9_]*%|\[[^\]]*\])$/;
const PLACEHOLDER_WORDS =
  /^(?:changeme|change[_-]?me|change[_-]?this|password|passwd|secret|token|apikey|api[_-]?key|none|null|nil|undefined|true|false|todo|tbd|fixme|dummy|fake|sample|example|placeholder|redacted|removed|hidden|masked|replace[_-]?me|your[_-]?\w*|test|testing|default|empty|foo|bar|foobar|admin|root|guest|letmein)$/i;
const PLACEHOLDER_PARTS =
  /x{4,}|\*{3,}|\.{3,}|example|placeholder|your[_-]|insert[_-]|replace[_-]?(?:me|with)|dummy|fake|redacted|changeme/i;
// Values that name where a secret comes from: env(...), os.environ[...], process.env.X, vault paths, ARNs.
const REFERENCE =
  /^(?:env\(|os\.environ|os\.getenv|process\.env\.|!vault|vault:|secret:\/\/|ref\+|arn:aws:(?:secretsmanager|ssm)|projects\/[^/]+\/secrets\/|@Microsoft\.KeyVault)/i;

/** True when a value is a template, a reference or a stand-in word rather than a real secret. */
export function looksLikePlaceholder(value: string): boolean {
  const v = value.trim();
  if (v === "") return true;
  if (TEMPLATE.test(v) || REFERENCE.test(v) || PLACEHOLDER_WORDS.test(v)) return true;
  // Interpolation anywhere in the value: "${{secrets.TOKEN}}", "prefix-${VAR}", "{{token}}".
  if (/\$\{|\{\{|\}\}|\$\(/.test(v)) return true;
  if (PLACEHOLDER_PARTS.test(v)) return true;
  // One character repeated ("aaaaaaaa", "00000000").
  return new Set(v).size <= 2;
}

/** Length in code points: what a person would count, and what entropy is measured over. */
export function codePointLength(value: string): number {
  let count = 0;
  for (const _ of value) count += 1;
  return count;
}
