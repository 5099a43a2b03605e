import type { LlmModelSpend } from "../../core/analyser.js";
import type { Finding } from "../../core/finding.js";
import { isCodeLanguage } from "../../core/language.js";
import type { Range } from "../../core/location.js";
import { LineIndex } from "../../core/location.js";
import type { SourceFile } from "../../core/source-file.js";
import type { CodeWindow, Proposal } from "../../fixes/propose.js";
import type { RecheckVerdict } from "../../fixes/validate.js";
import { ask, type AskOutcome } from "../ask.js";
import { fenceCode, fenceData, promptName } from "../prompt-frame.js";
import { maskSecrets, redactText } from "../redact.js";
import { AGENTS } from "../registry.js";
import type { AgentSession } from "../session.js";
import { agentOf, analyserIdOf } from "../types.js";
import {
  FIX_PROMPT_VERSION,
  FIX_SYSTEM,
  fixProposalSchema,
  RECHECK_PROMPT_VERSION,
  RECHECK_TASK_TEXT,
  recheckSchema,
} from "./prompt.js";
import { proposalToFix } from "./proposal.js";

export interface LlmFixerOptions {
  /** Secret ranges of a file (the deterministic layer's): masked before anything is sent. */
  readonly redactions: (file: SourceFile) => readonly Range[];
  /** Lines of patched code either side of the finding the re-check sees. Default 20. */
  readonly recheckContext?: number;
  readonly signal?: AbortSignal;
}

/** What the fix stage's model calls cost and did, for the review's LLM line. */
export interface LlmFixUsage {
  readonly tokens: number;
  readonly costCents: number;
  readonly calls: number;
  readonly cachedCalls: number;
  readonly asked: number;
  readonly proposed: number;
  readonly rechecks: number;
  /**
   * Settled spending per `provider:model` of the whole review's budget,
   * which the fix stage shares: the agents', the fixes' and the re-checks'.
   */
  readonly models: Readonly<Record<string, LlmModelSpend>>;
}

const FIX_OUTPUT_TOKENS = 1500;
const RECHECK_OUTPUT_TOKENS = 300;

export { agentOf } from "../types.js";

/**
 * The LLM side of fixing: proposes replacement lines for a finding (task
 * "fix"), and re-checks an LLM-only finding on the patched code by asking the
 * agent that found it, under its own role. Everything sent is masked; every
 * call goes through the review's budget and cache.
 */
export class LlmFixer {
  private spent = { tokens: 0, costCents: 0, calls: 0, cachedCalls: 0 };
  private asked = 0;
  private rechecks = 0;
  private readonly proposedFingerprints = new Set<string>();
  private readonly signal: AbortSignal;

  constructor(
    private readonly session: AgentSession,
    private readonly options: LlmFixerOptions,
  ) {
    this.signal = options.signal ?? new AbortController().signal;
  }

  usage(): LlmFixUsage {
    return {
      ...this.spent,
      asked: this.asked,
      proposed: this.proposedFingerprints.size,
      rechecks: this.rechecks,
      models: Object.fromEntries(
        Object.entries(this.session.budget.snapshot().byModel).map(([model, m]) => [
          model,
          { calls: m.calls, inputTokens: m.inputTokens, outputTokens: m.outputTokens, costCents: m.cents },
        ]),
      ),
    };
  }

  /** Fingerprints of the findings the model proposed a fix for (before the ladder). */
  proposedFor(): ReadonlySet<string> {
    return this.proposedFingerprints;
  }

  /** The FixProposer port. */
  readonly propose = async (finding: Finding, file: SourceFile, window: CodeWindow): Promise<Proposal> => {
    // As for the reviewing agents: `.env`, YAML and other config files are never sent.
    if (!isCodeLanguage(file.language)) return { refused: "only code files are sent to a model" };
    this.asked++;
    const { text: redacted, secrets } = redactText(file.text, this.options.redactions(file));
    const lines = new LineIndex(redacted);
    const first = window.range.start.line;
    const last = window.range.end.line;
    const prompt = [
      "Fix this issue:",
      fenceData("issue", [
        `${finding.ruleId} at lines ${finding.range.start.line}-${finding.range.end.line} (${finding.severity}${finding.cwe.length > 0 ? `, ${finding.cwe.join(" ")}` : ""})`,
        `Title: ${maskSecrets(finding.title, secrets)}`,
        `Description: ${maskSecrets(finding.description, secrets)}`,
        `Recommendation: ${maskSecrets(finding.recommendation, secrets)}`,
      ]),
      `Replace lines ${finding.range.start.line}-${finding.range.end.line}; you may widen the range within lines ${first}-${last}.`,
      `File ${promptName(file.path)} (${file.language}), lines ${first}-${last}:`,
      fenceCode(file.path, lines.lines(first, last), first),
    ].join("\n\n");
    const outcome = await ask(
      this.session,
      {
        task: "fix",
        agent: "fix",
        version: FIX_PROMPT_VERSION,
        system: FIX_SYSTEM,
        prompt,
        schema: fixProposalSchema,
        schemaName: "fix_proposal",
        maxOutputTokens: FIX_OUTPUT_TOKENS,
        file: allowanceKey(finding),
      },
      this.signal,
    );
    this.count(outcome);
    if (outcome.kind !== "done") return { refused: `not asked or no answer: ${outcome.reason}` };
    const result = proposalToFix(outcome.object, {
      text: file.text,
      redacted,
      window: window.range,
      model: outcome.model,
      language: file.language,
      removesSecret: isHardcodedSecret(finding),
    });
    if ("fix" in result) this.proposedFingerprints.add(finding.fingerprint);
    return result;
  };

  /** The ModelRecheck port: the finding's own agent judges the patched region. */
  readonly recheck = async (finding: Finding, patched: SourceFile, place: Range): Promise<RecheckVerdict> => {
    const agentId = agentOf(finding);
    if (agentId === undefined)
      return { present: true, agent: finding.sources[0] ?? "unknown", reason: "no agent can re-check it" };
    const agent = AGENTS[agentId];
    this.rechecks++;
    const { text: redacted, secrets } = redactText(patched.text, this.options.redactions(patched));
    const lines = new LineIndex(redacted);
    const context = this.options.recheckContext ?? 20;
    const first = Math.max(1, place.start.line - context);
    const last = Math.min(lines.lineCount, place.end.line + context);
    const prompt = [
      RECHECK_TASK_TEXT,
      fenceData("issue", [
        `Line ${place.start.line} (${finding.severity}): ${maskSecrets(finding.title, secrets)}`,
        maskSecrets(finding.description, secrets),
      ]),
      `File ${promptName(patched.path)} (${patched.language}) after the fix, lines ${first}-${last}:`,
      fenceCode(patched.path, lines.lines(first, last), first),
    ].join("\n\n");
    const outcome = await ask(
      this.session,
      {
        task: agent.task,
        agent: agent.id,
        version: `${agent.version}+${RECHECK_PROMPT_VERSION}`,
        system: agent.system,
        prompt,
        schema: recheckSchema,
        schemaName: "fix_recheck",
        maxOutputTokens: RECHECK_OUTPUT_TOKENS,
        file: allowanceKey(finding),
      },
      this.signal,
    );
    this.count(outcome);
    const id = analyserIdOf(agent.id);
    // A re-check that could not be made fails the step: an unverified fix is not shown.
    if (outcome.kind !== "done")
      return { present: true, agent: id, reason: `re-check not made: ${outcome.reason}` };
    return {
      present: outcome.object.present,
      agent: id,
      reason: outcome.object.reason.replace(/\s+/g, " ").trim(),
    };
  };

  private count(outcome: AskOutcome<unknown>): void {
    this.spent = {
      tokens: this.spent.tokens + outcome.tokens,
      costCents: this.spent.costCents + outcome.costCents,
      calls: this.spent.calls + (outcome.cached ? 0 : outcome.calls),
      cachedCalls: this.spent.cachedCalls + (outcome.cached ? 1 : 0),
    };
  }
}

/** A hard-coded credential (by family or CWE), whose fix is to take the masked literal out. */
function isHardcodedSecret(finding: Finding): boolean {
  return (
    finding.family === "hardcoded-credentials" ||
    finding.family === "hardcoded-secret" ||
    finding.cwe.some((id) => id === "CWE-798" || id === "CWE-259")
  );
}

/**
 * Each finding's fix and re-check share one per-file allowance of their own,
 * so a file the reviewing agents used up can still be fixed.
 */
function allowanceKey(finding: Finding): string {
  return `${finding.file}#fix:${finding.fingerprint.slice(0, 12)}`;
}
