import { z } from "zod";
import { isCodeLanguage } from "../../core/language.js";
import { extractFunctions, identifierPattern } from "../functions.js";
import { issueSchema } from "../issue-schema.js";
import { fenceCode, promptName, systemPrompt } from "../prompt-frame.js";
import type { AgentContext, AgentModule, RedactedFile } from "../types.js";
import { isTestPath, type LineSpan } from "../units.js";

const coverageSchema = z.array(
  z.object({
    function: z.string(),
    tests: z.array(z.string()).describe("names of the tests that exercise it"),
    assessment: z.enum(["tested", "weakly-tested", "untested"]),
  }),
);

export const testingSchema = z.object({
  coverage: coverageSchema,
  findings: z.array(issueSchema).describe("untested or weakly tested logic that matters, quoting the source"),
});
export type TestingAnswer = z.infer<typeof testingSchema>;

/** Test files sent with one source file stop at this many characters. */
const MAX_TEST_CHARS = 12_000;

const ROLE =
  "Your area is testing: map each function of the source file to the tests shown that exercise it, judge whether the tests check its behaviour (not just call it), and report important logic - error paths, boundaries, security checks - that no test exercises.";
const RULE =
  "Quote the source code that lacks a test, never the test code. A function with no test is an issue only if its behaviour matters.";

/**
 * Seed §3: maps the source file's functions to the tests that exercise them
 * (found by name in the repository's test files) and reports logic that
 * matters and is not, or only weakly, tested.
 */
export const testingAgent: AgentModule<TestingAnswer> = {
  id: "testing",
  task: "testing",
  version: "testing/2",
  schema: testingSchema,
  schemaName: "testing_review",
  maxOutputTokens: 1500,
  system: systemPrompt(ROLE, [RULE]),
  units(file, context) {
    const names = functionNames(file);
    if (names.length === 0) return [];
    const shown = testsShown(names, context);
    return [
      {
        file: file.source.path,
        label: file.source.path,
        prompt: [
          `Map the functions of ${promptName(file.source.path)} to the tests that exercise them: ${names.map(promptName).join(", ")}.`,
          `Source file ${promptName(file.source.path)}:`,
          fenceCode(file.source.path, file.text, 1, 10),
          shown.length > 0
            ? "Test files that mention these functions:"
            : "No test file mentions these functions.",
          ...shown,
        ].join("\n\n"),
      },
    ];
  },
  candidates: (answer) => answer.findings.map((issue) => ({ issue, category: "testing", kind: "issue" })),
  part: {
    role: `${ROLE} ${RULE} Give the map in \`coverage\`.`,
    applies: (file) => functionNames(file).length > 0,
    context(file, span, context) {
      const names = functionNames(file, span);
      if (names.length === 0) return ["testing: no function of this file is in these lines."];
      const shown = testsShown(names, context);
      return [
        `testing: map these functions of ${promptName(file.source.path)} to tests: ${names.map(promptName).join(", ")}.`,
        shown.length > 0 ? "Test files that mention them:" : "No test file mentions these functions.",
        ...shown,
      ];
    },
    fields: { coverage: coverageSchema },
  },
  notes(answer, unit) {
    const named = (assessment: string): string[] =>
      answer.coverage.filter((c) => c.assessment === assessment).map((c) => c.function);
    const untested = named("untested");
    const weak = named("weakly-tested");
    if (untested.length + weak.length === 0) return [];
    return [
      `${unit.file}: ${[
        untested.length > 0 ? `untested: ${untested.join(", ")}` : "",
        weak.length > 0 ? `weakly tested: ${weak.join(", ")}` : "",
      ]
        .filter(Boolean)
        .join("; ")}`,
    ];
  },
};

/** Names of the source file's functions; none for a test file or a file that is not code. */
function functionNames(file: RedactedFile, span?: LineSpan): string[] {
  if (isTestPath(file.source.path) || !isCodeLanguage(file.source.language)) return [];
  return extractFunctions(file.source.language, file.source.text)
    .filter((f) => span === undefined || (f.startLine <= span.last && f.endLine >= span.first))
    .map((f) => f.name);
}

/** The test files that mention any of `names`, fenced, up to MAX_TEST_CHARS. */
function testsShown(names: readonly string[], context: AgentContext): string[] {
  const shown: string[] = [];
  let budget = MAX_TEST_CHARS;
  for (const test of relatedTests(names, context.files)) {
    if (test.text.length > budget) continue;
    budget -= test.text.length;
    shown.push(fenceCode(test.source.path, test.text, 1, 10));
  }
  return shown;
}

function relatedTests(names: readonly string[], files: readonly RedactedFile[]): RedactedFile[] {
  const mentioned = identifierPattern(names);
  return files.filter((f) => isTestPath(f.source.path) && mentioned.test(f.text));
}
