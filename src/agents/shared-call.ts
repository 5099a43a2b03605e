import { z } from "zod";
import type { LlmTask } from "../llm/index.js";
import { issueSchema } from "./issue-schema.js";
import { systemPrompt } from "./prompt-frame.js";
import type { AgentContext, AgentModule, AgentUnit, RedactedFile } from "./types.js";
import { wholeFileUnits } from "./units.js";

/**
 * One call per file (or part of a long file) for several agents at once:
 * the agents with a `part` that run on the same models (the light whole-file
 * agents: performance, pattern, static, testing). The file, the shared rules
 * and the issue schema are sent once instead of once per agent; each issue
 * comes back under the `area` of the agent it belongs to and goes to that
 * agent alone (docs/agents.md, "Shared calls").
 */
export interface SharedQuestion {
  readonly members: readonly AgentModule<unknown>[];
  /** The first member's task: its models answer (they are every member's) and it pays. */
  readonly task: LlmTask;
  /** Cache identity: the members and their prompt versions, so a change to any of them is a new key. */
  readonly agent: string;
  readonly version: string;
  readonly system: string;
  readonly schema: z.ZodType<SharedAnswer>;
  readonly schemaName: string;
  readonly maxOutputTokens: number;
}

export interface SharedAnswer {
  readonly findings: readonly (z.infer<typeof issueSchema> & { readonly area: string })[];
  readonly [field: string]: unknown;
}

/** Bump when the shared wording or schema changes meaning (the members' versions are in the key too). */
const SHARED_VERSION = "shared/1";

/**
 * Output cap of a shared call: what one of its agents had alone plus a
 * third, and no more, so that a part of MAX_CHUNK_TOKENS (units.ts) still fits
 * the default per-call cap under every provider's margin.
 */
const SHARED_OUTPUT_TOKENS = 2000;

export function sharedQuestion(members: readonly AgentModule<unknown>[]): SharedQuestion {
  const areas = members.map((m) => m.id) as [string, ...string[]];
  const fields = Object.assign({}, ...members.map((m) => m.part?.fields ?? {})) as Record<string, z.ZodType>;
  const schema = z.object({
    findings: z.array(
      z.object({ area: z.enum(areas).describe("the area the issue belongs to"), ...issueSchema.shape }),
    ),
    ...fields,
  }) as unknown as z.ZodType<SharedAnswer>;
  return {
    members,
    task: members[0]!.task,
    agent: `shared:${areas.join("+")}`,
    version: [SHARED_VERSION, ...members.map((m) => m.version)].join(" "),
    system: systemPrompt(
      [
        "You review each file for several areas at once. Report every issue once, under the area it belongs to:",
        ...members.map((m) => `- ${m.id}: ${m.part?.role ?? ""}`),
      ].join("\n"),
    ),
    schema,
    schemaName: "shared_review",
    maxOutputTokens: SHARED_OUTPUT_TOKENS,
  };
}

/** The calls about one file: its code once, with what each member needs beside it. */
export function sharedUnits(
  members: readonly AgentModule<unknown>[],
  file: RedactedFile,
  context: AgentContext,
): AgentUnit[] {
  return wholeFileUnits(file, `these areas: ${members.map((m) => m.id).join(", ")}`, (span) =>
    members.flatMap((m) => m.part?.context?.(file, span, context) ?? []),
  );
}

/** Whether the member reviews this file in a shared call. */
export function memberApplies(member: AgentModule<unknown>, file: RedactedFile): boolean {
  return member.part?.applies?.(file) ?? true;
}

/**
 * A member's own answer out of a shared one: the issues of its area, and
 * the fields of its own schema, validated by that schema. Undefined when they
 * do not validate (the member's part of the call failed).
 */
export function memberAnswer(answer: SharedAnswer, member: AgentModule<unknown>): unknown {
  const findings = answer.findings
    .filter((f) => f.area === member.id)
    .map(({ area: _area, ...issue }) => issue);
  const parsed = member.schema.safeParse({ ...answer, findings });
  return parsed.success ? parsed.data : undefined;
}
