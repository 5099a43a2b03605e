/**
 * The LLM-fix ladder, measured against the tests' local OpenAI-wire server.
 * No real model is called: a stand-in answers each fix request with one of a
 * few scripted behaviours (a correct rewrite, a miscounted one, one wrapped in
 * a code fence, one that drops a bracket, one that comments the code out, an
 * echo, one that adds a statement that does nothing). The figures say what the ladder lets through for each behaviour, not
 * how good any model is.
 */
import { LlmFixer } from "../../src/agents/fix/llm-fixer.js";
import type { FixProposalAnswer } from "../../src/agents/fix/prompt.js";
import { proposalToFix } from "../../src/agents/fix/proposal.js";
import { maskSecrets, redactText, type MaskedSecret } from "../../src/agents/redact.js";
import { AgentSession } from "../../src/agents/session.js";
import type { Finding } from "../../src/core/finding.js";
import { LineIndex } from "../../src/core/location.js";
import type { SourceFile } from "../../src/core/source-file.js";
import { applyEdits } from "../../src/fixes/apply-edits.js";
import { proveFixes } from "../../src/fixes/plan.js";
import { withProposedFixes } from "../../src/fixes/propose.js";
import { DraftMemo, linesOverlap, withText } from "../../src/fixes/recheck.js";
import { Budget, DEFAULT_PRICES, LlmRouter } from "../../src/llm/index.js";
import { createOpenAiProvider } from "../../src/llm/providers/create-providers.js";
import { BUILTIN_RULES } from "../../src/rules/registry.js";
import { runRulesOnFile } from "../../src/rules/run-rules.js";
import { startAgentServer } from "../../test/agents/agent-server.js";
import { KEYS } from "../../test/support/llm-servers/index.js";
import { percent, renderTable } from "./render.js";

export interface LlmFixCase {
  readonly file: SourceFile;
  readonly findings: readonly Finding[];
}

export const BEHAVIOURS = [
  "correct",
  "miscounted",
  "fenced",
  "drops-bracket",
  "comments-out",
  "echo",
  "adds-no-op",
] as const;
type Behaviour = (typeof BEHAVIOURS)[number];

interface Row {
  asked: number;
  proposed: number;
  applies: number;
  parses: number;
  gone: number;
  noNew: number;
  accepted: number;
}

const emptyRow = (): Row => ({
  asked: 0,
  proposed: 0,
  applies: 0,
  parses: 0,
  gone: 0,
  noNew: 0,
  accepted: 0,
});

/** Rule runs by content: the secrets to mask, shared by every proposal on a file. */
const memo = new DraftMemo(BUILTIN_RULES);

/** The file as the model sees it: secrets masked. */
interface Seen {
  readonly file: SourceFile;
  readonly redacted: string;
  readonly secrets: readonly MaskedSecret[];
}

function seen(file: SourceFile): Seen {
  const { text, secrets } = redactText(file.text, memo.secretsOf(file));
  return { file, redacted: text, secrets };
}

/**
 * The lines a deterministic fix changes, as a whole-line replacement: what a
 * good model would send. It quotes the masked text it was shown, and a secret
 * left in place comes back masked (so that proposal is refused).
 */
function correctAnswer({ file, redacted, secrets }: Seen, finding: Finding): FixProposalAnswer | undefined {
  if (!finding.fix) return undefined;
  const out = applyEdits(file.text, finding.fix.edits);
  if (!out.ok) return undefined;
  const start = Math.min(...finding.fix.edits.map((e) => e.range.start.line));
  const end = Math.max(...finding.fix.edits.map((e) => e.range.end.line));
  const shift = new LineIndex(out.text).lineCount - new LineIndex(file.text).lineCount;
  return {
    fixable: true,
    startLine: start,
    endLine: end,
    original: new LineIndex(redacted).lines(start, end),
    replacement: maskSecrets(new LineIndex(out.text).lines(start, end + shift), secrets),
    explanation: "Rewrites the flagged code.",
  };
}

function asIs({ redacted }: Seen, finding: Finding): FixProposalAnswer {
  const { start, end } = finding.range;
  const original = new LineIndex(redacted).lines(start.line, end.line);
  return {
    fixable: true,
    startLine: start.line,
    endLine: end.line,
    original,
    replacement: original,
    explanation: "",
  };
}

function answerFor(behaviour: Behaviour, view: Seen, finding: Finding): FixProposalAnswer | undefined {
  const correct = correctAnswer(view, finding);
  const base = correct ?? asIs(view, finding);
  const { file } = view;
  const comment = file.language === "python" ? "# " : "// ";
  switch (behaviour) {
    case "correct":
      return correct;
    case "miscounted":
      return correct && { ...correct, startLine: correct.startLine + 2, endLine: correct.endLine + 2 };
    case "fenced": {
      if (!correct) return undefined;
      const numbered = correct.replacement.split("\n").map((l, i) => `${correct.startLine + i} | ${l}`);
      return { ...correct, replacement: ["```", ...numbered, "```"].join("\n") };
    }
    case "drops-bracket": {
      // The last bracket of the code, not of a trailing comment (where it would break nothing).
      const text = base.replacement;
      const comment = text.search(file.language === "python" ? /\s#/ : /\s\/\//);
      const code = comment === -1 ? text : text.slice(0, comment);
      const at = Math.max(code.lastIndexOf(")"), code.lastIndexOf("]"), code.lastIndexOf("}"));
      const broken =
        at === -1 ? `${code} (${text.slice(code.length)}` : text.slice(0, at) + text.slice(at + 1);
      return { ...base, replacement: broken };
    }
    case "comments-out":
      return {
        ...base,
        replacement: base.original
          .split("\n")
          .map((l) => l.replace(/^(\s*)(.*)$/, (_m, ws: string, rest: string) => `${ws}${comment}${rest}`))
          .join("\n"),
      };
    case "echo":
      return asIs(view, finding);
    case "adds-no-op": {
      // Changes the code without touching the problem: only the re-check can tell.
      const plain = asIs(view, finding);
      const indent = /^\s*/.exec(plain.original.split("\n").at(-1) ?? "")?.[0] ?? "";
      return {
        ...plain,
        replacement: `${plain.original}\n${indent}${file.language === "python" ? "pass" : ";"}`,
      };
    }
  }
}

/**
 * A truthful judge's verdict: whether the finding's rule still fires at its
 * place once the answer is applied the way the proposer applies it.
 */
function stillPresent(view: Seen, finding: Finding, answer: FixProposalAnswer): boolean {
  const { file, redacted } = view;
  const whole = { start: { line: 1, column: 1 }, end: { line: file.lines, column: 1 } };
  const result = proposalToFix(answer, {
    text: file.text,
    redacted,
    window: whole,
    model: "judge",
    language: file.language,
  });
  if (!("fix" in result)) return true;
  const out = applyEdits(file.text, result.fix.edits);
  if (!out.ok) return true;
  const rule = BUILTIN_RULES.filter((r) => r.meta.id === finding.ruleId);
  return runRulesOnFile(withText(file, out.text), rule).drafts.some((d) =>
    linesOverlap(d.range, finding.range),
  );
}

/** Makes a rule finding look LLM-only, so the re-check goes to the model. */
function asLlmFinding(finding: Finding): Finding {
  return {
    ...finding,
    ruleId: `llm/security/${finding.cwe[0]?.toLowerCase() ?? "issue"}`,
    sources: ["llm-security"],
    relatedRules: [],
  };
}

export interface LlmFixReport {
  readonly rule: ReadonlyMap<Behaviour, Row>;
  readonly truthful: ReadonlyMap<Behaviour, Row>;
  readonly sycophantic: ReadonlyMap<Behaviour, Row>;
  readonly requests: number;
}

/** Runs every behaviour on every finding through the real proposer, HTTP and ladder. */
export async function measureLlmFixes(cases: readonly LlmFixCase[]): Promise<LlmFixReport> {
  // What the stand-in answers next; set before each request, which go one at a time.
  let next: { answer: FixProposalAnswer; present: boolean } | undefined;
  let judge: "truthful" | "sycophantic" = "truthful";
  const server = await startAgentServer((request) => {
    if (request.schemaName === "fix_recheck") {
      const present = judge === "sycophantic" ? false : (next?.present ?? true);
      return { present, reason: present ? "the issue is still there" : "the change removed it" };
    }
    return (
      next?.answer ?? {
        fixable: false,
        startLine: 1,
        endLine: 1,
        original: "",
        replacement: "",
        explanation: "",
      }
    );
  });
  const router = new LlmRouter({
    providers: { openai: createOpenAiProvider({ apiKey: KEYS.openai, baseUrl: `${server.origin}/v1` }) },
    pinned: { provider: "openai", model: "gpt-4.1" },
  });
  const unlimited = { maxTokensPerFile: 1e9, maxTokensPerReview: 1e12, maxCostCentsPerReview: 1e12 };
  const fixer = new LlmFixer(new AgentSession({ router, budget: new Budget(unlimited, DEFAULT_PRICES) }), {
    redactions: (file) => memo.secretsOf(file),
  });
  const tables = {
    rule: new Map<Behaviour, Row>(),
    truthful: new Map<Behaviour, Row>(),
    sycophantic: new Map<Behaviour, Row>(),
  };
  try {
    for (const { file, findings } of cases) {
      const view = seen(file);
      for (const finding of findings) {
        for (const behaviour of BEHAVIOURS) {
          const answer = answerFor(behaviour, view, finding);
          if (!answer) continue;
          const present = stillPresent(view, finding, answer);
          const runs: [keyof typeof tables, Finding][] = [
            ["rule", finding],
            ["truthful", asLlmFinding(finding)],
            ["sycophantic", asLlmFinding(finding)],
          ];
          for (const [table, subject] of runs) {
            judge = table === "sycophantic" ? "sycophantic" : "truthful";
            next = { answer, present };
            const row = tables[table].get(behaviour) ?? emptyRow();
            tables[table].set(behaviour, row);
            await one(row, file, subject, fixer);
          }
        }
      }
    }
  } finally {
    await server.close();
  }
  return { ...tables, requests: server.calls };
}

async function one(row: Row, file: SourceFile, finding: Finding, fixer: LlmFixer): Promise<void> {
  row.asked++;
  const { fix: _own, ...unfixed } = finding;
  const files = new Map([[file.path, file]]);
  const [proposed] = await withProposedFixes([unfixed], files, fixer.propose);
  if (!proposed?.fix) return;
  row.proposed++;
  const plan = await proveFixes([file], [proposed], {
    rules: BUILTIN_RULES,
    modelRecheck: fixer.recheck,
    memo,
  });
  const v = plan.outcomes.get(finding.fingerprint)?.validation;
  if (!v) return;
  if (v.applies) row.applies++;
  if (v.parses) row.parses++;
  if (v.findingGone) row.gone++;
  if (v.noNewFindings) row.noNew++;
  if (v.status !== "rejected") row.accepted++;
}

export function renderLlmFixes(report: LlmFixReport): string {
  const out: string[] = [];
  const sections: [string, ReadonlyMap<Behaviour, Row>, string][] = [
    ["rule findings (re-checked by the built-in rule: proven)", report.rule, "proven"],
    ["LLM-only findings, truthful judge (model-checked)", report.truthful, "model-checked"],
    ["LLM-only findings, a judge that always says fixed", report.sycophantic, "model-checked"],
  ];
  for (const [title, rows, status] of sections) {
    const header = ["behaviour", "asked", "proposed", "applies", "parses", "gone", "no-new", status];
    const body = BEHAVIOURS.filter((b) => rows.has(b)).map((b) => {
      const r = rows.get(b)!;
      return [
        b,
        String(r.asked),
        percent(r.proposed, r.asked),
        percent(r.applies, r.asked),
        percent(r.parses, r.asked),
        percent(r.gone, r.asked),
        percent(r.noNew, r.asked),
        percent(r.accepted, r.asked),
      ];
    });
    out.push(title, renderTable([header, ...body], 1), "");
  }
  out.push(`${report.requests} requests to the local OpenAI-wire server`);
  return out.join("\n");
}
