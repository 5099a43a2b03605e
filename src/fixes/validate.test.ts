import { describe, expect, it } from "vitest";
import type { Finding } from "../core/finding.js";
import type { Edit, Fix } from "../core/fix.js";
import type { Language } from "../core/language.js";
import { BUILTIN_RULES } from "../rules/registry.js";
import { only, reviewed } from "../../test/fixes/findings.js";
import { validateFix } from "./validate.js";

const YAML = "import yaml\n\n\ndef read(path):\n    with open(path) as fh:\n        return yaml.load(fh)\n";
const NONE =
  "def name_of(user):\n    if user.name == None:\n        return 'anonymous'\n    return user.name\n";
const LOOSE = "export function isAdmin(role) {\n  return role == 0;\n}\n";

/** The real finding from the built-in rules, with its fix swapped for the one under test. */
function withFix(
  code: string,
  language: Language,
  path: string,
  ruleId: string,
  edit?: (f: Finding) => Edit[],
) {
  const { file, findings } = reviewed(code, language, path);
  const finding = only(findings, ruleId);
  const own = finding.fix;
  if (!own) throw new Error(`${ruleId} offered no fix`);
  const fix: Fix = edit ? { ...own, edits: edit(finding) } : own;
  return { file, finding, fix, place: finding.range };
}

const line = (n: number, from: number, to: number, text: string): Edit => ({
  range: { start: { line: n, column: from }, end: { line: n, column: to } },
  text,
});

describe("validateFix: the ladder", () => {
  const cases: {
    name: string;
    input: () => ReturnType<typeof withFix>;
    expected: Partial<Record<"status" | "applies" | "parses" | "findingGone" | "noNewFindings", unknown>>;
    reason?: RegExp;
    after?: string;
  }[] = [
    {
      name: "the rule's own fix for yaml.load is proven",
      input: () => withFix(YAML, "python", "a.py", "py/insecure-deserialization"),
      expected: { status: "proven", applies: true, parses: true, findingGone: true, noNewFindings: true },
      after: YAML.replace("yaml.load", "yaml.safe_load"),
    },
    {
      name: "the rule's own fix for == None is proven",
      input: () => withFix(NONE, "python", "a.py", "py/compare-to-none"),
      expected: { status: "proven" },
    },
    {
      name: "the rule's own fix for == in JavaScript is proven",
      input: () => withFix(LOOSE, "javascript", "a.js", "js/loose-equality"),
      expected: { status: "proven" },
    },
    {
      name: "a fix that drops a bracket fails the parse step",
      input: () =>
        withFix(YAML, "python", "a.py", "py/insecure-deserialization", () => [line(6, 25, 26, "")]),
      expected: { status: "rejected", applies: true, parses: false },
      reason: /syntax error/,
    },
    {
      name: "a fix that drops a JavaScript brace fails the parse step",
      input: () => withFix(LOOSE, "javascript", "a.js", "js/loose-equality", () => [line(3, 1, 2, "")]),
      expected: { status: "rejected", parses: false },
      reason: /syntax error/,
    },
    {
      name: "a fix that leaves the finding in place is rejected",
      input: () =>
        withFix(YAML, "python", "a.py", "py/insecure-deserialization", () => [line(6, 28, 28, " ")]),
      expected: { status: "rejected", parses: true, findingGone: false },
      reason: /still reports line 6/,
    },
    {
      name: "a fix that swaps one finding for another is rejected",
      input: () =>
        withFix(YAML, "python", "a.py", "py/insecure-deserialization", () => [line(6, 16, 29, "fh == None")]),
      expected: { status: "rejected", findingGone: true, noNewFindings: false },
      reason: /adds py\/compare-to-none at line 6/,
    },
    {
      name: "edits outside the file do not apply",
      input: () => withFix(NONE, "python", "a.py", "py/compare-to-none", () => [line(40, 1, 2, "")]),
      expected: { status: "rejected", applies: false },
      reason: /outside the file/,
    },
  ];

  it.each(cases)("$name", async ({ input, expected, reason, after }) => {
    const result = await validateFix(input(), { rules: BUILTIN_RULES });
    expect(result.validation).toMatchObject(expected);
    if (reason) expect(result.validation.reasons.join("; ")).toMatch(reason);
    else expect(result.validation.reasons).toEqual([]);
    if (after !== undefined) expect(result.after).toBe(after);
  });

  it("re-checks a finding an external tool reported with the built-in rule merged into it", async () => {
    const { file, finding, fix, place } = withFix(YAML, "python", "a.py", "py/insecure-deserialization");
    const external: Finding = {
      ...finding,
      ruleId: "bandit/B506",
      relatedRules: ["py/insecure-deserialization"],
    };
    const result = await validateFix({ file, finding: external, fix, place }, { rules: BUILTIN_RULES });
    expect(result.validation).toMatchObject({
      status: "proven",
      recheckedWith: "py/insecure-deserialization",
    });
  });

  it("cannot prove a fix no built-in rule can re-check", async () => {
    const { file, finding, fix, place } = withFix(YAML, "python", "a.py", "py/insecure-deserialization");
    const external: Finding = { ...finding, ruleId: "bandit/B506", relatedRules: [] };
    const result = await validateFix({ file, finding: external, fix, place }, { rules: BUILTIN_RULES });
    expect(result.validation).toMatchObject({ status: "rejected", findingGone: false });
    expect(result.validation.reasons).toContain("no built-in rule can re-check bandit/B506");
  });

  it("labels an LLM-only finding re-checked by its agent model-checked, never proven", async () => {
    const { file, finding, fix, place } = withFix(YAML, "python", "a.py", "py/insecure-deserialization");
    const llm: Finding = { ...finding, ruleId: "llm/security", relatedRules: [], sources: ["llm"] };
    const verdicts: { present: boolean; expected: string }[] = [
      { present: false, expected: "model-checked" },
      { present: true, expected: "rejected" },
    ];
    for (const { present, expected } of verdicts) {
      const seen: string[] = [];
      const result = await validateFix(
        { file, finding: llm, fix, place },
        {
          rules: BUILTIN_RULES,
          modelRecheck: (_finding, patched, region) => {
            seen.push(patched.text.split("\n")[region.start.line - 1] ?? "");
            return Promise.resolve({ present, agent: "llm/security" });
          },
        },
      );
      expect(result.validation.status).toBe(expected);
      expect(seen).toEqual(["        return yaml.safe_load(fh)"]);
    }
  });
});

describe("validateFix: regular-expression literals", () => {
  it("rejects a fix that leaves an invalid JavaScript regex, which the grammar alone accepts", async () => {
    const code = "export const SLUG = /^([a-z0-9]+-?)+$/;\n";
    const { file, findings } = reviewed(code, "javascript", "a.js");
    const finding = only(findings, "js/redos");
    const drop = (text: string): Fix => ({
      description: "",
      applicability: "suggested",
      edits: [line(1, 1, 40, text)],
    });
    const broken = await validateFix(
      { file, finding, fix: drop("export const SLUG = /^([a-z0-9]+-?+$/;"), place: finding.range },
      { rules: BUILTIN_RULES },
    );
    expect(broken.validation).toMatchObject({ status: "rejected", parses: false });
    const fixed = await validateFix(
      { file, finding, fix: drop("export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;"), place: finding.range },
      { rules: BUILTIN_RULES },
    );
    expect(fixed.validation.status).toBe("proven");
  });
});
