import pc from "picocolors";
import type { AnalyserStatus } from "../core/review.js";
import type { Severity } from "../core/severity.js";
import { displayWidth } from "./terminal-width.js";
import { makeVisible } from "./visible-text.js";

type Colors = ReturnType<typeof pc.createColors>;
type Formatter = Colors["red"];

export interface TerminalStyle {
  readonly c: Colors;
  readonly width: number;
  readonly verbose: boolean;
  severity(severity: Severity): string;
  status(status: AnalyserStatus): string;
}

const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  critical: "CRITICAL",
  high: "HIGH",
  medium: "MEDIUM",
  low: "LOW",
  info: "INFO",
};

export function terminalStyle(options: { color: boolean; width?: number; verbose?: boolean }): TerminalStyle {
  const c = pc.createColors(options.color);
  const severityColour: Readonly<Record<Severity, Formatter>> = {
    critical: (s) => c.bold(c.white(c.bgRed(s))),
    high: (s) => c.bold(c.red(s)),
    medium: (s) => c.bold(c.yellow(s)),
    low: (s) => c.cyan(s),
    info: (s) => c.gray(s),
  };
  const statusColour: Readonly<Record<AnalyserStatus, Formatter>> = {
    completed: c.green,
    failed: (s) => c.bold(c.red(s)),
    "timed-out": (s) => c.bold(c.red(s)),
    unavailable: c.yellow,
    disabled: c.gray,
    cancelled: c.yellow,
  };
  return {
    c,
    // Below 40 columns nothing is readable anyway; wrap as if there were 40.
    width: Math.max(40, options.width ?? 100),
    verbose: options.verbose ?? false,
    // A review read back from storage may carry a value this build does not know: show it plainly.
    severity: (severity) =>
      (severityColour[severity] ?? c.bold)(
        ` ${SEVERITY_LABEL[severity] ?? makeVisible(severity).toUpperCase()} `,
      ),
    status: (status) =>
      (statusColour[status] ?? c.bold)(status === "timed-out" ? "timed out" : makeVisible(status)),
  };
}

export function severityLabel(severity: Severity): string {
  return SEVERITY_LABEL[severity] ?? severity.toUpperCase();
}

/**
 * Wraps prose to `width` columns with every line indented. File-derived text
 * is made visible first so it cannot carry terminal escape sequences.
 */
export function wrap(text: string, width: number, indent: string): string[] {
  const out: string[] = [];
  const room = Math.max(20, width - indent.length);
  for (const paragraph of makeVisible(text).split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(/[ \t]+/).filter((w) => w !== "")) {
      if (line === "") line = word;
      else if (displayWidth(line) + 1 + displayWidth(word) <= room) line += ` ${word}`;
      else {
        out.push(indent + line);
        line = word;
      }
    }
    out.push(indent + line);
  }
  return out;
}

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Cuts a line to `room` columns (whole graphemes, so no emoji or accent is split), marking the cut. */
export function truncate(text: string, room: number): string {
  // Printable ASCII is one column per unit: no segmenting or measuring.
  if (/^[\x20-\x7e]*$/.test(text))
    return text.length <= room ? text : `${text.slice(0, Math.max(1, room - 1))}…`;
  if (displayWidth(text) <= room) return text;
  const budget = Math.max(1, room - 1);
  let used = 0;
  let cut = 0;
  for (const { segment, index } of graphemes.segment(text)) {
    const width = displayWidth(segment);
    if (used + width > budget) break;
    used += width;
    cut = index + segment.length;
  }
  return `${text.slice(0, cut)}…`;
}

/** Pads visible text (no escape codes inside) to a column. */
export function pad(text: string, length: number): string {
  const width = displayWidth(text);
  return width >= length ? text : text + " ".repeat(length - width);
}
