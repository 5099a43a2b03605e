/**
 * Decides whether a string literal looks like a real secret rather than a
 * placeholder, a label or a reference to one (an environment variable name).
 */
const KNOWN_PREFIXES =
  /^(sk_live_|rk_live_|sk-[A-Za-z0-9]{20}|ghp_|gho_|github_pat_|glpat-|xox[abpr]-|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{20}|SG\.[\w-]{16})/;
const PLACEHOLDER =
  /^(changeme|change[-_ ]?me|password|passwd|secret|token|example|sample|dummy|test|testing|placeholder|todo|fixme|none|null|undefined|admin|root|default|your[-_ ].*|<.*>|\{\{.*\}\}|\$\{.*\}|x+|\*+|\.+|-+)$/i;
/** `DB_PASSWORD`, a URL, a path, or a dotted/dashed key name (`config.db.password`, digits make it a value). */
const REFERENCE = /^[A-Z][A-Z0-9_]+$|^(https?|file):\/\/|[\s/\\]|^[A-Za-z_]+[.-][A-Za-z_]+[.-][A-Za-z_]+$/;

function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    h -= p * Math.log2(p);
  }
  return h;
}

export function looksLikeSecret(value: string): boolean {
  if (KNOWN_PREFIXES.test(value)) return true;
  if (value.length < 8 || value.length > 200) return false;
  if (PLACEHOLDER.test(value) || REFERENCE.test(value)) return false;
  if (/(example|placeholder|changeme|dummy|xxxx|your_|your-|insert|replace)/i.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  return classes >= 2 && entropy(value) >= 3;
}
