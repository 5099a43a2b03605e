/**
 * Characters in file-derived text that would change how a report displays
 * rather than appear in it: C0/C1 controls (terminal escape sequences can move
 * the cursor, recolour or rewrite earlier output) and Unicode bidirectional
 * controls (Trojan Source, CVE-2021-42574, makes code read differently from
 * how it runs). Tab and newline are layout, handled by each reporter;
 * a carriage return is shown, since a lone one rewrites a terminal line.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Replaces every display-changing character with a visible `<U+XXXX>` marker. */
export function makeVisible(text: string): string {
  return text.replace(
    INVISIBLE,
    (ch) => `<U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}>`,
  );
}
