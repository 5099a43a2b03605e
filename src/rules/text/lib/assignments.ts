/**
 * Key/value pairs as config formats write them, found line by line:
 *   KEY=value   export KEY="value"   key: value   "key": "value"   key = 'value'
 * Good enough for .env, YAML, JSON, TOML, INI and shell; values spanning
 * several lines (YAML block scalars) are not followed.
 */
import { scanPairs } from "./pair-scanner.js";

export interface Assignment {
  readonly key: string;
  readonly value: string;
  /** UTF-16 offsets of the value (inside any quotes) in the whole text. */
  readonly start: number;
  readonly end: number;
  /** UTF-16 offset of the key, to see what precedes it ("?token=" is a URL query). */
  readonly keyStart: number;
  readonly quoted: boolean;
}

// Key, separator and value stay on one line: "key:" ending a line opens a YAML block, not a value.
// Found by a scanner whose time is linear in the text (pair-scanner.ts), not by a backtracking regex.
export function findAssignments(text: string): Assignment[] {
  const found: Assignment[] = [];
  for (const { key, value, start, end, keyStart, quoted } of scanPairs(text)) {
    found.push({ key, value, start, end, keyStart, quoted });
    // A URL's query holds pairs of its own: https://host/hook?token=...
    found.push(...queryPairs(value, start));
  }
  return found;
}

const QUERY_PAIR = /[?&;](?<key>[A-Za-z_][\w.-]*)=(?<value>[^&#;\s]+)/g;

/** The `key=value` pairs of a URL's query, with offsets in the whole text. */
function queryPairs(value: string, offset: number): Assignment[] {
  const pairs: Assignment[] = [];
  for (const match of value.matchAll(QUERY_PAIR)) {
    const key = match.groups?.key;
    const pairValue = match.groups?.value;
    if (key === undefined || pairValue === undefined) continue;
    const keyStart = offset + match.index + 1;
    const start = keyStart + key.length + 1;
    pairs.push({ key, value: pairValue, start, end: start + pairValue.length, keyStart, quoted: false });
  }
  return pairs;
}
