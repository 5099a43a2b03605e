import type { Range } from "../core/location.js";
import { LineIndex } from "../core/location.js";
import { REDACTION_MASK } from "../core/redaction.js";

/**
 * Replaces every secret range with the mask, line by line, so line numbers
 * stay true. Returns the masked text and the secret values (to mask them in
 * what a model quotes back before comparing).
 */
export function redactText(
  text: string,
  ranges: readonly Range[],
): { readonly text: string; readonly secrets: string[] } {
  if (ranges.length === 0) return { text, secrets: [] };
  const index = new LineIndex(text);
  const spans = ranges
    .map((r) => [index.offsetAt(r.start), index.offsetAt(r.end)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const secrets = new Set<string>();
  let out = "";
  let at = 0;
  for (const [start, end] of spans) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from);
    const secret = text.slice(from, end);
    for (const part of secret.split(/\r?\n/)) if (part.trim() !== "") secrets.add(part);
    // One mask per line the secret spans, keeping its line breaks.
    out += secret
      .split("\n")
      .map(() => REDACTION_MASK)
      .join("\n");
    at = end;
  }
  out += text.slice(at);
  return { text: out, secrets: [...secrets].sort((a, b) => b.length - a.length) };
}

/** Masks known secret values in any text (a model's quote, a prior finding's message). */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(REDACTION_MASK);
  return out;
}
