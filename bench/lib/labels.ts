/**
 * Expectation labels in corpus files. A vulnerable file marks each sink line
 * with a trailing comment naming the CWE the line must be reported under:
 *
 *     cur.execute(query)  # cg-expect: CWE-89
 *     db.query(sql);  // cg-expect: CWE-89, CWE-943
 */

export type BenchLanguage = "python" | "js";

export interface Label {
  /** Corpus-relative POSIX path. */
  readonly file: string;
  /** 1-based line the finding must start on. */
  readonly line: number;
  readonly cwe: string;
}

export interface LabelParse {
  readonly labels: Label[];
  /** Lines that mention the marker but do not follow the format: shown, never ignored. */
  readonly problems: string[];
}

export const LABEL_MARKER = "cg-expect";

const COMMENT: Record<BenchLanguage, string> = { python: "#", js: "//" };

const CWE_ID = /^CWE-[1-9]\d*$/;

export function parseLabels(text: string, language: BenchLanguage, file: string): LabelParse {
  const labels: Label[] = [];
  const problems: string[] = [];
  const comment = COMMENT[language];
  text.split("\n").forEach((raw, index) => {
    const line = raw.replace(/\r$/, "");
    const at = line.indexOf(LABEL_MARKER);
    if (at === -1) return;
    const lineNumber = index + 1;
    const where = `${file}:${lineNumber}`;
    const before = line.slice(0, at).trimEnd();
    if (!before.endsWith(comment)) {
      problems.push(`${where}: "${LABEL_MARKER}" must follow a "${comment}" comment marker`);
      return;
    }
    if (before.slice(0, -comment.length).trim() === "") {
      problems.push(`${where}: a label must trail the sink line, not stand on its own line`);
      return;
    }
    const rest = line.slice(at + LABEL_MARKER.length);
    if (!rest.startsWith(":")) {
      problems.push(`${where}: expected "${LABEL_MARKER}: CWE-<n>"`);
      return;
    }
    const ids = rest
      .slice(1)
      .split(",")
      .map((part) => part.trim());
    const bad = ids.filter((id) => !CWE_ID.test(id));
    if (bad.length > 0) {
      problems.push(`${where}: not a CWE id: ${bad.map((b) => JSON.stringify(b)).join(", ")}`);
      return;
    }
    for (const cwe of new Set(ids)) labels.push({ file, line: lineNumber, cwe });
  });
  return { labels, problems };
}

/**
 * The text with each label comment cut off its line, line numbers kept: what
 * the code looks like without the benchmark's annotations, so a label placed
 * after an opening parenthesis does not change what the rules see.
 */
export function withoutLabels(text: string, language: BenchLanguage): string {
  const comment = COMMENT[language];
  return text
    .split("\n")
    .map((line) => {
      const at = line.indexOf(LABEL_MARKER);
      if (at === -1) return line;
      const start = line.slice(0, at).trimEnd();
      if (!start.endsWith(comment)) return line;
      const cut = line.slice(0, start.length - comment.length).trimEnd();
      return line.endsWith("\r") ? `${cut}\r` : cut;
    })
    .join("\n");
}
