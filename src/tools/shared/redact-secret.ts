import type { LineIndex, Range } from "../../core/location.js";

/** CWEs of findings whose subject is a secret that must not show in any report. */
export function isSecretFinding(cwe: readonly string[]): boolean {
  return cwe.includes("CWE-798") || cwe.includes("CWE-259");
}

/**
 * Tools quote the secret they found in their message: bandit's B105-B107 say
 * "Possible hardcoded password: 'hunter2'". Returns the message with the value
 * replaced, and the places of the value on the flagged lines to redact (all of
 * those lines when the value cannot be found as written, so nothing leaks).
 */
export function redactQuotedSecret(
  message: string,
  lines: LineIndex,
  range: Range,
): { message: string; redact: Range[] } {
  const quoted = quotedSecret(message);
  const wholeLines: Range = {
    start: { line: range.start.line, column: 1 },
    end: { line: range.end.line, column: lines.line(range.end.line).length + 1 },
  };
  if (quoted === undefined || quoted.secret === "") return { message, redact: [wholeLines] };
  const { prefix, secret } = quoted;
  const redact: Range[] = [];
  for (let line = range.start.line; line <= range.end.line; line++) {
    const text = lines.line(line);
    for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + secret.length)) {
      redact.push({ start: { line, column: at + 1 }, end: { line, column: at + 1 + secret.length } });
    }
  }
  return {
    message: `${prefix} (value redacted)`,
    redact: redact.length > 0 ? redact : [wholeLines],
  };
}

const BLANK = /\s/;

/**
 * The text before the first `:` that a quoted value follows, and that value:
 * what `/^(?<prefix>.*?):\s*(?<quote>['"])(?<secret>.*)\k<quote>\s*$/s` reads.
 * The closing quote is the last character before the trailing blanks, so it
 * is found first; then each `:` is tried once, with the blanks after it,
 * which no other `:` reads (docs/security-notes/linear-work.md).
 */
export function quotedSecret(message: string): { prefix: string; secret: string } | undefined {
  let end = message.length;
  while (end > 0 && BLANK.test(message[end - 1]!)) end--;
  const quote = message[end - 1];
  if (quote !== "'" && quote !== '"') return undefined;
  for (let colon = message.indexOf(":"); colon >= 0; colon = message.indexOf(":", colon + 1)) {
    let open = colon + 1;
    while (open < message.length && BLANK.test(message[open]!)) open++;
    if (message[open] === quote && open < end - 1)
      return { prefix: message.slice(0, colon), secret: message.slice(open + 1, end - 1) };
  }
  return undefined;
}
