import type { FindingDraft } from "../core/finding.js";
import { fenceCode, fenceData, promptName } from "./prompt-frame.js";
import { maskSecrets } from "./redact.js";
import type { AgentUnit, RedactedFile } from "./types.js";

/** One call about a whole file: the task, any context, then the fenced code. */
export function wholeFileUnit(file: RedactedFile, task: string, context: readonly string[] = []): AgentUnit {
  return {
    file: file.source.path,
    label: file.source.path,
    prompt: [
      task,
      ...context,
      `File ${promptName(file.source.path)} (${file.source.language}):`,
      fenceCode(file.source.path, file.text),
    ].join("\n\n"),
  };
}

/** Deterministic findings as one line each, secrets masked, fenced as data. */
export function priorFindingsBlock(
  label: string,
  file: RedactedFile,
  findings: readonly FindingDraft[],
): string {
  const lines = findings.map(
    (f) =>
      `- ${f.ruleId} at line ${f.range.start.line} (${f.severity}${f.cwe.length > 0 ? `, ${f.cwe.join(" ")}` : ""}): ${maskSecrets(f.title, file.secrets)}`,
  );
  return fenceData(label, lines.length > 0 ? lines : ["(none)"]);
}

/** Whether a path looks like a test file in Python or JavaScript/TypeScript projects. */
export function isTestPath(path: string): boolean {
  return (
    /(^|\/)(tests?|__tests__|spec)\//.test(path) ||
    /(^|\/)test_[^/]*\.py$|_test\.py$|\.(test|spec)\.[cm]?[jt]sx?$/.test(path)
  );
}
