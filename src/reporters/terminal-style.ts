import pc from "picocolors";
import type { AnalyserStatus } from "../core/review.js";
import type { Severity } from "../core/severity.js";
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
  };
  return {
    c,
    // Below 40 columns nothing is readable anyway; wrap as if there were 40.
    width: Math.max(40, options.width ?? 100),
    verbose: options.verbose ?? false,
    severity: (severity) => severityColour[severity](` ${SEVERITY_LABEL[severity]} `),
    status: (status) => statusColour[status](status === "timed-out" ? "timed out" : status),
  };
}

export function severityLabel(severity: Severity): string {
  return SEVERITY_LABEL[severity];
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
      else if (line.length + 1 + word.length <= room) line += ` ${word}`;
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

/** Cuts a line to `room` characters (whole graphemes, so no emoji or accent is split), marking the cut. */
export function truncate(text: string, room: number): string {
  // Graphemes never outnumber UTF-16 units, so a short string needs no segmenting.
  if (text.length <= room) return text;
  const keep = Math.max(1, room - 1);
  // Printable ASCII is one grapheme per unit: skip the (slow) segmenter.
  if (/^[\x20-\x7e]*$/.test(text)) return `${text.slice(0, keep)}…`;
  let count = 0;
  let cut = 0;
  for (const { segment, index } of graphemes.segment(text)) {
    count++;
    if (count === keep) cut = index + segment.length;
    if (count > room) return `${text.slice(0, cut)}…`;
  }
  return text;
}

/** Pads visible text (no escape codes inside) to a column. */
export function pad(text: string, length: number): string {
  return text.length >= length ? text : text + " ".repeat(length - text.length);
}
