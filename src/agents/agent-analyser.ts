import type { Analyser, AnalyserInput, AnalyserOutput } from "../core/analyser.js";
import { isCodeLanguage } from "../core/language.js";
import { formatModelRef } from "../llm/index.js";
import { byRisk, looksLikeRequestHandler } from "./risk-order.js";
import { redactText } from "./redact.js";
import { answerAbout, batchPrompt, batchSchema, pack, type BatchAnswer, type Packable } from "./batch.js";
import { runCall, type PlannedCall } from "./run-unit.js";
import type { AgentSession } from "./session.js";
import {
  memberAnswer,
  memberApplies,
  sharedQuestion,
  sharedUnits,
  type SharedAnswer,
} from "./shared-call.js";
import { AgentTally } from "./tally.js";
import { AGENT_IDS, analyserIdOf, type AgentId, type AgentModule, type RedactedFile } from "./types.js";
import { isTestPath } from "./units.js";

/**
 * One agent as a pipeline analyser (`kind: "llm"`): it runs after the
 * deterministic analysers, sees their findings and secret ranges, sends only
 * masked code files, riskiest first, through the session's one queue (so the
 * security agent's calls go before the others'), and reports its coverage:
 * what it planned, what it reviewed, and why the rest was not. Agents with a
 * `part` that run on the same models share one call per file
 * (shared-call.ts); each still reports as its own analyser.
 */
export function createAgentAnalyser<T>(agent: AgentModule<T>, session: AgentSession): Analyser {
  const member = agent as AgentModule<unknown>;
  session.enlist(member);
  return {
    id: analyserIdOf(agent.id),
    kind: "llm",
    availability: () => Promise.resolve(null),
    analyse: async (input) => {
      const members = sharersOf(member, session, input);
      const outputs =
        members.length < 2
          ? await runAgents([member], session, input)
          : await session.once(`shared:${members.map((m) => m.id).join("+")}`, () =>
              runAgents(members, session, input),
            );
      const output = outputs.get(agent.id)!;
      if (output instanceof Error) throw output;
      return output;
    },
  };
}

/**
 * The agents this one shares its calls with (itself included, in listed
 * order): the review's agents with a part, switched on, whose model chain
 * is the same, so one answer from one model serves them all.
 */
function sharersOf(
  agent: AgentModule<unknown>,
  session: AgentSession,
  input: AnalyserInput,
): AgentModule<unknown>[] {
  if (agent.part === undefined) return [agent];
  const chain = chainOf(session, agent);
  if (chain === undefined) return [agent];
  return session.agents
    .filter(
      (a) =>
        a.part !== undefined &&
        (input.config.analysers[analyserIdOf(a.id)]?.enabled ?? true) &&
        chainOf(session, a) === chain,
    )
    .sort((a, b) => AGENT_IDS.indexOf(a.id) - AGENT_IDS.indexOf(b.id));
}

function chainOf(session: AgentSession, agent: AgentModule<unknown>): string | undefined {
  try {
    return session.router.chain(agent.task).map(formatModelRef).join(" > ");
  } catch {
    return undefined;
  }
}

/** Plans, runs and tallies the calls of one agent, or of the agents of a shared call. */
async function runAgents(
  members: readonly AgentModule<unknown>[],
  session: AgentSession,
  input: AnalyserInput,
): Promise<Map<AgentId, AnalyserOutput | Error>> {
  const calls = plan(members, input, session.batchFiles);
  const payer = members[0]!;
  const first = firstModel(session, payer);
  const tallies = new Map(members.map((m) => [m.id, new AgentTally(m, first, m === payer, input)]));
  for (const { call } of calls)
    for (const m of call.members) for (const part of call.parts) tallies.get(m.id)!.plan(part.unit);
  await Promise.all(
    calls.map(({ call, rank }) =>
      session.queue
        .submit(
          rank,
          () => runCall(call, session, input.signal, rank),
          (outcome) => outcome.kind === "skipped" && outcome.budget === true && !input.signal.aborted,
        )
        .then((outcome) => {
          for (const m of call.members) {
            const tally = tallies.get(m.id)!;
            tally.count(outcome);
            call.parts.forEach((part, i) => tally.record(part.unit, outcome, i));
          }
        }),
    ),
  );
  const outputs = new Map<AgentId, AnalyserOutput | Error>();
  for (const [id, tally] of tallies) {
    try {
      outputs.set(id, tally.output(session));
    } catch (error) {
      outputs.set(id, error instanceof Error ? error : new Error(String(error)));
    }
  }
  return outputs;
}

/**
 * The calls, riskiest file first. Test files go to the testing agent only,
 * as the tests of the files it reviews: the others would review code nobody
 * ships. Small whole files of one question share a call (batch.ts).
 */
function plan(
  members: readonly AgentModule<unknown>[],
  input: AnalyserInput,
  batchFiles: number,
): { call: PlannedCall; rank: readonly number[] }[] {
  const all = redactedFiles(input);
  const context = { files: all };
  const files = byRisk(
    all
      .filter((f) => !isTestPath(f.source.path))
      .map((f) => ({ path: f.source.path, file: f, handler: looksLikeRequestHandler(f.text) })),
    input.prior?.findings ?? [],
  );
  const questions = new Map<string, Asked>();
  const items = files.flatMap(({ file, tier }, fileRank): Packable[] => {
    const applying = members.length === 1 ? members : members.filter((m) => memberApplies(m, file));
    if (applying.length === 0) return [];
    const key = applying.map((m) => m.id).join("+");
    const asked = questions.get(key) ?? askedOf(applying);
    questions.set(key, asked);
    const units =
      members.length === 1 ? applying[0]!.units(file, context) : sharedUnits(applying, file, context);
    return units.map((unit, unitRank) => ({
      unit,
      file,
      key,
      rank: rankOf(applying[0]!, tier, fileRank, unitRank),
    }));
  });
  return pack(items, batchFiles).map((batch) => {
    const asked = questions.get(batch[0]!.key)!;
    const parts = batch.map(({ unit, file }) => ({ unit, file }));
    const call: PlannedCall =
      batch.length === 1
        ? {
            members: asked.members,
            question: asked.question,
            prompt: batch[0]!.unit.prompt,
            parts,
            answerFor: (answer, member) => asked.pick(answer, member),
          }
        : {
            members: asked.members,
            question: { ...asked.question, schema: batchSchema(asked.question.schema) },
            prompt: batchPrompt(batch.map((b) => b.unit.section!)),
            parts,
            answerFor: (answer, member, part) => {
              const about = answerAbout(answer as BatchAnswer, part.unit.file);
              return about === undefined ? undefined : asked.pick(about, member);
            },
          };
    return { call, rank: batch[0]!.rank };
  });
}

/** What one agent, or one set of sharing agents, is asked, and how each takes its answer. */
interface Asked {
  readonly members: readonly AgentModule<unknown>[];
  readonly question: PlannedCall["question"];
  readonly pick: (answer: unknown, member: AgentModule<unknown>) => unknown;
}

function askedOf(members: readonly AgentModule<unknown>[]): Asked {
  if (members.length === 1) {
    return { members, question: soloQuestion(members[0]!), pick: (answer) => answer };
  }
  const { members: _members, ...question } = sharedQuestion(members);
  return { members, question, pick: (answer, member) => memberAnswer(answer as SharedAnswer, member) };
}

function soloQuestion(agent: AgentModule<unknown>): PlannedCall["question"] {
  return {
    task: agent.task,
    agent: agent.id,
    version: agent.version,
    system: agent.system,
    schema: agent.schema,
    schemaName: agent.schemaName,
    maxOutputTokens: agent.maxOutputTokens,
  };
}

/**
 * The security agent before every other, then files with rule findings or
 * request handlers before the rest, riskiest first; within a file, agents in
 * their listed order.
 */
function rankOf(
  agent: AgentModule<unknown>,
  tier: number,
  fileRank: number,
  unitRank: number,
): readonly number[] {
  return [agent.id === "security" ? 0 : 1, tier, fileRank, AGENT_IDS.indexOf(agent.id), unitRank];
}

function firstModel(session: AgentSession, agent: AgentModule<unknown>): string | undefined {
  try {
    return formatModelRef(session.router.chain(agent.task)[0]!);
  } catch {
    return undefined;
  }
}

/** Code files only; each secret the deterministic layer found is masked. */
function redactedFiles(input: AnalyserInput): RedactedFile[] {
  const prior = input.prior?.findings ?? [];
  return input.files
    .filter((f) => isCodeLanguage(f.language))
    .map((source) => {
      const { text, secrets } = redactText(source.text, input.prior?.redactions.get(source.path) ?? []);
      return { source, text, secrets, prior: prior.filter((p) => p.file === source.path) };
    });
}
