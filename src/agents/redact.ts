import type { Range } from "../core/location.js";
import { LineIndex } from "../core/location.js";
import { secretPlaceholder } from "../core/redaction.js";
import { findSecretSpans } from "../rules/text/lib/secret-spans.js";

/** A masked secret (one line of it, for a secret spanning lines) and what stands in its place. */
export interface MaskedSecret {
  readonly value: string;
  readonly placeholder: string;
}

export interface MaskedText {
  readonly text: string;
  /** Longest first, so a value inside another is replaced after it. */
  readonly secrets: readonly MaskedSecret[];
}

/**
 * Masks what must not leave for a model: the ranges the secret rules
 * reported and everything `findSecretSpans` finds (docs/security-notes/
 * secrets-and-models.md). Each secret becomes `«secret:N»`, numbered in
 * order of first appearance after any placeholder already in the text, on
 * every line it spans, so line numbers stay true. The same text always
 * masks the same way, so prompts (and their cache keys) are stable.
 */
export function redactText(text: string, ranges: readonly Range[] = []): MaskedText {
  const index = new LineIndex(text);
  const found = [
    ...ranges.map((r) => [index.offsetAt(r.start), index.offsetAt(r.end)] as const),
    ...findSecretSpans(text).map((s) => [s.start, s.end] as const),
  ].filter(([a, b]) => b > a);
  const spans = [...found, ...elsewhere(text, found)].sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  if (spans.length === 0) return { text, secrets: [] };
  let next = highestPlaceholder(text) + 1;
  const numbers = new Map<string, string>();
  const secrets = new Map<string, string>();
  let out = "";
  let at = 0;
  for (const [start, end] of spans) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from);
    const secret = text.slice(from, end);
    let placeholder = numbers.get(secret);
    if (placeholder === undefined) {
      placeholder = secretPlaceholder(next++);
      numbers.set(secret, placeholder);
    }
    // One placeholder per line the secret spans, keeping its line breaks.
    const parts = secret.split(/(\r?\n)/);
    out += parts.map((part, i) => (i % 2 === 1 ? part : placeholder)).join("");
    for (let i = 0; i < parts.length; i += 2) {
      const value = parts[i]!.trim();
      if (value.length >= 4 && !secrets.has(value)) secrets.set(value, placeholder);
    }
    at = end;
  }
  out += text.slice(at);
  return {
    text: out,
    secrets: [...secrets]
      .map(([value, placeholder]) => ({ value, placeholder }))
      .sort((a, b) => b.value.length - a.value.length),
  };
}

/** Masks known secret values in any text (a model's quote, a prior finding's message). */
export function maskSecrets(text: string, secrets: readonly MaskedSecret[]): string {
  let out = text;
  for (const { value, placeholder } of secrets) out = out.split(value).join(placeholder);
  return out;
}

/**
 * The last pass over a body about to leave for a model: whatever the
 * masking of its parts let through (a signature, a finding's message, a
 * fragment cut from its context) is masked here.
 */
export function maskOutgoing(text: string): string {
  return redactText(text).text;
}

/** A value once found secret is masked wherever else it is written (`print(TOKEN_VALUE)`). */
function elsewhere(text: string, found: readonly (readonly [number, number])[]): [number, number][] {
  const values = new Set(found.map(([a, b]) => text.slice(a, b)).filter((v) => v.length >= 8));
  const more: [number, number][] = [];
  for (const value of [...values].slice(0, MAX_VALUES)) {
    for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + value.length))
      more.push([at, at + value.length]);
  }
  return more;
}

/** More distinct secrets than this in one text are each masked where found, not searched for again. */
const MAX_VALUES = 256;

function highestPlaceholder(text: string): number {
  let highest = 0;
  for (const m of text.matchAll(/«secret:(\d{1,9})»/g)) highest = Math.max(highest, Number(m[1]));
  return highest;
}
