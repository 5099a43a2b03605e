import { z } from "zod";
import { LineIndex } from "../../core/location.js";
import type { Severity } from "../../core/severity.js";
import type { Category } from "../../core/category.js";
import { resolveReportedPath } from "../shared/paths.js";
import { byteOffsetRange } from "../shared/positions.js";
import { emptyParsed, parseToolJson, type ParsedToolOutput } from "../shared/tool-output.js";
import { humanise, toolRuleMeta, type ToolRuleInfo } from "../shared/tool-rule.js";
import { pylintDocsUrl, pylintRuleInfo } from "./rule-table.js";

const ANALYSER = "pylint";

// pylint's `column` is Python's ast col_offset: 0-based and counted in UTF-8 bytes.
const messageSchema = z.looseObject({
  type: z.string(),
  line: z.number().int(),
  column: z.number().int().nonnegative(),
  endLine: z.number().int().nullable().optional(),
  endColumn: z.number().int().nonnegative().nullable().optional(),
  path: z.string(),
  symbol: z.string(),
  message: z.string(),
  "message-id": z.string(),
});

/** Messages that mean "this file was not analysed", not "this code is wrong". */
const FILE_FAILURES = new Set(["syntax-error", "astroid-error", "parse-error", "fatal", "file-ignored"]);

/** pylint's `--output-format=json` → drafts, per-file notices and rule metadata. */
export function parsePylintJson(
  text: string,
  root: string,
  texts: ReadonlyMap<string, string>,
): ParsedToolOutput {
  const parsed = z.array(messageSchema).safeParse(parseToolJson(ANALYSER, text));
  if (!parsed.success)
    throw new Error(`pylint output is not in the expected format: ${parsed.error.issues[0]?.message ?? ""}`);
  const out = emptyParsed();
  const known = new Set(texts.keys());
  for (const message of parsed.data) {
    const path = resolveReportedPath(message.path, root, known);
    if (path === undefined) continue;
    if (message.type === "fatal" || FILE_FAILURES.has(message.symbol)) {
      out.failedPaths.add(path);
      out.notices.push({
        level: "warning",
        analyser: ANALYSER,
        file: path,
        message: `pylint could not parse ${path} (${message.message}); it was not checked by pylint`,
      });
      continue;
    }
    const lines = new LineIndex(texts.get(path) ?? "");
    const id = `${ANALYSER}/${message["message-id"]}`;
    const title = humanise(message.symbol);
    const info = pylintRuleInfo(message["message-id"]) ?? fallbackInfo(message.type, title);
    const confidence = info.category === "logic" && message.symbol === "no-member" ? 0.5 : 0.8;
    const end =
      message.endLine == null || message.endColumn == null
        ? undefined
        : { line: message.endLine, byteColumn0: message.endColumn };
    out.findings.push({
      ruleId: id,
      file: path,
      range: byteOffsetRange(lines, { line: message.line, byteColumn0: message.column }, end),
      severity: info.severity,
      category: info.category,
      title: info.title,
      description: `${message.message}. ${info.why}`.trim(),
      recommendation: info.howToFix,
      cwe: info.cwe,
      confidence,
      source: ANALYSER,
      ...(info.family === undefined ? {} : { family: info.family }),
    });
    if (!out.rules.has(id)) {
      out.rules.set(
        id,
        toolRuleMeta({
          analyser: ANALYSER,
          id,
          languages: ["python"],
          info,
          description: `pylint ${message.symbol} (${message["message-id"]}).`,
          confidence,
          references: [pylintDocsUrl(message["message-id"], message.symbol)],
        }),
      );
    }
  }
  return out;
}

function fallbackInfo(type: string, title: string): ToolRuleInfo {
  const [category, severity]: [Category, Severity] =
    type === "error" ? ["logic", "medium"] : type === "warning" ? ["pattern", "low"] : ["style", "info"];
  return {
    title,
    category,
    severity,
    cwe: [],
    why: "",
    howToFix: "See pylint's documentation for this message.",
  };
}
