/**
 * Key/value pairs as config formats write them, found line by line:
 *   KEY=value   export KEY="value"   key: value   "key": "value"   key = 'value'
 * Good enough for .env, YAML, JSON, TOML, INI and shell; values spanning
 * several lines (YAML block scalars) are not followed.
 */
export interface Assignment {
  readonly key: string;
  readonly value: string;
  /** UTF-16 offsets of the value (inside any quotes) in the whole text. */
  readonly start: number;
  readonly end: number;
}

const PAIR =
  /(?<![\w.-])["']?(?<key>[A-Za-z_][\w.-]*)["']?\s*(?::=|=|:(?=\s|["']))\s*(?:"(?<dq>(?:[^"\\\n]|\\.)*)"|'(?<sq>[^'\n]*)'|(?<bare>[^\s"',{}[\]]+))/g;

export function findAssignments(text: string): Assignment[] {
  const found: Assignment[] = [];
  for (const match of text.matchAll(PAIR)) {
    const groups = match.groups ?? {};
    const key = groups.key;
    const value = groups.dq ?? groups.sq ?? groups.bare;
    if (key === undefined || value === undefined) continue;
    const end = match.index + match[0].length - (groups.bare === undefined ? 1 : 0);
    found.push({ key, value, start: end - value.length, end });
  }
  return found;
}
