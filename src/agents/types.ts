import type { z } from "zod";
import type { FindingDraft } from "../core/finding.js";
import type { SourceFile } from "../core/source-file.js";
import type { LlmTask } from "../llm/index.js";
import type { AgentIssue } from "./issue-schema.js";
import type { MaskedSecret } from "./redact.js";
import type { LineSpan } from "./units.js";

export const AGENT_IDS = ["security", "logic", "performance", "pattern", "testing", "static"] as const;
export type AgentId = (typeof AGENT_IDS)[number];

/** The agent that reported an LLM finding (`llm/<agent>/<kind>`), if any. */
export function agentOf(finding: { readonly ruleId: string }): AgentId | undefined {
  const id = /^llm\/([a-z]+)\//.exec(finding.ruleId)?.[1];
  return (AGENT_IDS as readonly string[]).includes(id ?? "") ? (id as AgentId) : undefined;
}

/** The analyser id of an agent: `llm-security`, `llm-logic`, ... */
export const analyserIdOf = (agent: AgentId): string => `llm-${agent}`;

/** What an agent may see of one file: its text with every secret masked. */
export interface RedactedFile {
  readonly source: SourceFile;
  /** Same lines as the file; each secret replaced by the redaction mask. */
  readonly text: string;
  /** The secret values themselves, to mask in model quotes before comparing. */
  readonly secrets: readonly MaskedSecret[];
  /** Deterministic findings on this file (data-flow, lint, rules). */
  readonly prior: readonly FindingDraft[];
}

export interface AgentContext {
  /** Code files the agents may send, secrets masked. */
  readonly files: readonly RedactedFile[];
}

/** One model call's worth of work: a prompt about one file (or a batch within it). */
export interface AgentUnit {
  readonly file: string;
  /** Shown in progress and skip reasons ("functions parse_row, load"). */
  readonly label: string;
  readonly prompt: string;
  /** A whole file's part of the prompt, for a call about several small files (batch.ts). */
  readonly section?: UnitSection;
}

export interface UnitSection {
  /** What the file is reviewed for: "security vulnerabilities". */
  readonly subject: string;
  /** The file's name, its context and its fenced code. */
  readonly body: string;
  /** Tokens of the fenced code. */
  readonly tokens: number;
}

/** A finding as the model stated it, before anchoring. */
export interface Candidate {
  readonly issue: AgentIssue;
  readonly category: FindingDraft["category"];
  /** Rule id suffix: `llm/<agent>/<kind>`. */
  readonly kind: string;
}

export interface Verdict {
  readonly ruleId: string;
  readonly line: number;
  readonly verdict: "confirm" | "reject";
  readonly reason: string;
}

/**
 * A reviewing agent: versioned prompt text, an output schema, how to cut the
 * work into calls, and a mapper from the validated answer to candidates.
 * Detecting (the model), validating (zod) and wording (the mapper) stay apart.
 */
export interface AgentModule<T> {
  readonly id: AgentId;
  readonly task: LlmTask;
  /** Bump when the prompt or schema changes meaning: it is part of the cache key. */
  readonly version: string;
  readonly system: string;
  readonly schema: z.ZodType<T>;
  readonly schemaName: string;
  readonly maxOutputTokens: number;
  units(file: RedactedFile, context: AgentContext): AgentUnit[];
  candidates(answer: T, unit: AgentUnit): Candidate[];
  verdicts?(answer: T, unit: AgentUnit): Verdict[];
  /** Short facts worth a notice in the review (the testing agent's function → tests map). */
  notes?(answer: T, unit: AgentUnit): string[];
  /** After anchoring: false drops a finding the agent must not report (a linter repeat). */
  keep?(draft: FindingDraft, file: RedactedFile): boolean;
  /**
   * An agent with a part may share one call per file with the other agents
   * of the review that have one and run on the same models (shared-call.ts):
   * the file is sent once, each agent's findings come back under its name.
   */
  readonly part?: SharedPart;
}

/** What an agent brings to a call it shares with others. */
export interface SharedPart {
  /** One line of the shared system prompt: what this agent looks for, and how. */
  readonly role: string;
  /** Whether the agent reviews this file (the testing agent: source files with functions). */
  applies?(file: RedactedFile): boolean;
  /** Lines the agent needs beside the code, for the lines one call shows (linter output, tests). */
  context?(file: RedactedFile, span: LineSpan, context: AgentContext): readonly string[];
  /** Answer fields besides the findings (the testing agent's coverage map), in the agent's own schema's terms. */
  readonly fields?: Readonly<Record<string, z.ZodType>>;
}
