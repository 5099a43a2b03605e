import { z } from "zod";
import type { Range } from "../../core/location.js";
import type { Severity } from "../../core/severity.js";
import { emptyParsed, parseToolJson, type ParsedToolOutput } from "../shared/tool-output.js";
import { humanise, toolRuleMeta, type ToolRuleInfo } from "../shared/tool-rule.js";
import { eslintRuleInfo } from "./rule-table.js";

const ANALYSER = "eslint";

// ESLint positions are already ours: 1-based lines, 1-based UTF-16 columns, exclusive end.
const messageSchema = z.object({
  ruleId: z.string().nullable(),
  severity: z.number().int(),
  message: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  endLine: z.number().int().nullable(),
  endColumn: z.number().int().nullable(),
  fatal: z.boolean(),
});
const fileSchema = z.object({ path: z.string(), ignored: z.boolean(), messages: z.array(messageSchema) });

export type EslintFileResult = z.infer<typeof fileSchema>;

/** What the ESLint child script prints → drafts, per-file notices and rule metadata. */
export function parseEslintOutput(text: string, known: ReadonlySet<string>): ParsedToolOutput {
  const parsed = z.array(fileSchema).safeParse(parseToolJson(ANALYSER, text));
  if (!parsed.success)
    throw new Error(`eslint output is not in the expected format: ${parsed.error.issues[0]?.message ?? ""}`);
  const out = emptyParsed();
  const ignored: string[] = [];
  for (const file of parsed.data) {
    if (!known.has(file.path)) continue;
    if (file.ignored) {
      out.failedPaths.add(file.path);
      ignored.push(file.path);
    }
    for (const message of file.messages) {
      if (message.fatal) {
        out.failedPaths.add(file.path);
        out.notices.push({
          level: "warning",
          analyser: ANALYSER,
          file: file.path,
          message: message.message.startsWith("Parsing error")
            ? `eslint could not parse ${file.path} (${message.message}, line ${message.line}); it was not checked by eslint`
            : `eslint could not check ${file.path} (${message.message})`,
        });
        continue;
      }
      // Messages without a rule are about directives, not code.
      if (message.ruleId === null) continue;
      const id = `${ANALYSER}/${message.ruleId}`;
      const info = eslintRuleInfo(message.ruleId) ?? fallbackInfo(message.ruleId, message.severity);
      out.findings.push({
        ruleId: id,
        file: file.path,
        range: rangeOf(message),
        severity: info.severity,
        category: info.category,
        title: info.title,
        description: `${message.message} ${info.why}`.trim(),
        recommendation: info.howToFix,
        cwe: info.cwe,
        confidence: 0.8,
        source: ANALYSER,
        ...(info.family === undefined ? {} : { family: info.family }),
      });
      if (!out.rules.has(id)) {
        out.rules.set(
          id,
          toolRuleMeta({
            analyser: ANALYSER,
            id,
            languages: ["javascript", "typescript", "tsx"],
            info,
            description: `ESLint rule ${message.ruleId}.`,
            confidence: 0.8,
            references: message.ruleId.includes("/")
              ? []
              : [`https://eslint.org/docs/latest/rules/${message.ruleId}`],
          }),
        );
      }
    }
  }
  if (ignored.length > 0) {
    out.notices.push({
      level: "info",
      analyser: ANALYSER,
      message: `eslint ignored ${ignored.length} file${ignored.length === 1 ? "" : "s"} (its default ignores or the configuration cover ${ignored.length === 1 ? "it" : "them"}): ${ignored.slice(0, 5).join(", ")}${ignored.length > 5 ? ", …" : ""}`,
    });
  }
  return out;
}

function rangeOf(message: z.infer<typeof messageSchema>): Range {
  const start = { line: Math.max(1, message.line), column: Math.max(1, message.column) };
  if (message.endLine === null || message.endColumn === null) return { start, end: start };
  const end = { line: message.endLine, column: message.endColumn };
  const ordered = end.line > start.line || (end.line === start.line && end.column >= start.column);
  return { start, end: ordered ? end : start };
}

/** A rule from the project's own configuration (operator opt-in): keep ESLint's words. */
function fallbackInfo(ruleId: string, eslintSeverity: number): ToolRuleInfo {
  const severity: Severity = eslintSeverity >= 2 ? "medium" : "low";
  const security = /security|xss|inject|eval|secret/i.test(ruleId);
  return {
    title: humanise(ruleId.split("/").pop() ?? ruleId),
    category: security ? "security" : "pattern",
    severity,
    cwe: [],
    why: "",
    howToFix: "See the rule's documentation.",
  };
}
