import type { Analyser, AnalyserInput, AnalyserOutput } from "../core/analyser.js";
import { isCodeLanguage } from "../core/language.js";
import { formatModelRef } from "../llm/index.js";
import { byRisk, looksLikeRequestHandler } from "./risk-order.js";
import { redactText } from "./redact.js";
import { runCall, type PlannedCall } from "./run-unit.js";
import type { AgentSession } from "./session.js";
import { memberAnswer, memberApplies, sharedQuestion, sharedUnits, type SharedAnswer } from "./shared-call.js";
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
  const calls = plan(members, input);
  const payer = members[0]!;
  const first = firstModel(session, payer);
  const tallies = new Map(members.map((m) => [m.id, new AgentTally(m, first, m === payer, input)]));
  for (const { call } of calls) for (const m of call.members) tallies.get(m.id)!.plan(call.unit);
  await Promise.all(
    calls.map(({ call, rank }) =>
      session.queue
        .submit(
          rank,
          () => runCall(call, session, input.signal),
          (outcome) => outcome.kind === "skipped" && outcome.budget === true && !input.signal.aborted,
        )
        .then((outcome) => {
          for (const m of call.members) tallies.get(m.id)!.record(call.unit, outcome);
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
 * as the tests of the files it reviews: the others would review code nobody ships.
 */
function plan(
  members: readonly AgentModule<unknown>[],
  input: AnalyserInput,
): { call: PlannedCall; rank: number[] }[] {
  const all = redactedFiles(input);
  const context = { files: all };
  const files = byRisk(
    all
      .filter((f) => !isTestPath(f.source.path))
      .map((f) => ({ path: f.source.path, file: f, handler: looksLikeRequestHandler(f.text) })),
    input.prior?.findings ?? [],
  );
  const lead = members[0]!;
  const questions = new Map<string, ReturnType<typeof sharedQuestion>>();
  return files.flatMap(({ file, tier }, fileRank): { call: PlannedCall; rank: number[] }[] => {
    if (members.length === 1) {
      const question = soloQuestion(lead);
      return lead.units(file, context).map((unit, unitRank) => ({
        call: { members, unit, file, question, answerFor: (answer: unknown) => answer },
        rank: rankOf(lead, tier, fileRank, unitRank),
      }));
    }
    const applying = members.filter((m) => memberApplies(m, file));
    if (applying.length === 0) return [];
    const key = applying.map((m) => m.id).join("+");
    const shared = questions.get(key) ?? sharedQuestion(applying);
    questions.set(key, shared);
    const { members: _members, ...question } = shared;
    return sharedUnits(applying, file, context).map((unit, unitRank) => ({
      call: {
        members: applying,
        unit,
        file,
        question,
        answerFor: (answer: unknown, member: AgentModule<unknown>) =>
          memberAnswer(answer as SharedAnswer, member),
      },
      rank: rankOf(applying[0]!, tier, fileRank, unitRank),
    }));
  });
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
function rankOf(agent: AgentModule<unknown>, tier: number, fileRank: number, unitRank: number): number[] {
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
