import { KEYS, openAiWire, requestedSchema, startScriptedServer } from "../support/llm-servers/index.js";
import type { LlmTestServer, RecordedRequest, Turn } from "../support/llm-servers/index.js";

/** The fallback turn's text: answer with `respond(...)` instead of a scripted text. */
const RESPOND = "__respond__";

/** A turn answered as an unscripted request would be (by `respond`), to script around it. */
export const RESPONDED: Turn = { kind: "reply", text: RESPOND, usage: { input: 1000, output: 100 } };

export interface AgentRequest {
  readonly schemaName: string;
  readonly system: string;
  readonly prompt: string;
}

/** What the agents sent, read back from the recorded HTTP bodies. */
export function agentRequest(request: RecordedRequest): AgentRequest {
  const body = request.body as {
    response_format?: { json_schema?: { name?: string } };
    messages?: { role: string; content: string | { type: string; text?: string }[] }[];
  };
  const text = (role: string): string =>
    (body.messages ?? [])
      .filter((m) => m.role === role)
      .map((m) => (typeof m.content === "string" ? m.content : m.content.map((c) => c.text ?? "").join("")))
      .join("\n");
  return {
    schemaName: body.response_format?.json_schema?.name ?? "",
    system: text("system"),
    prompt: text("user"),
  };
}

/**
 * The OpenAI chat-completions wire server of test/support, answering every
 * request not scripted otherwise with `respond(request)`, or with an empty
 * answer in the agent's schema where `respond` gives undefined: a stand-in
 * model that answers per agent, as a real model would, over real HTTP.
 */
export async function startAgentServer(
  respond: (request: AgentRequest) => unknown = () => undefined,
): Promise<LlmTestServer> {
  const wire = openAiWire({ apiKey: KEYS.openai });
  return startScriptedServer(
    {
      ...wire,
      success(request, model, turn) {
        if (turn.text !== RESPOND) return wire.success(request, model, turn);
        const text = JSON.stringify(answerTo(request, respond));
        return wire.success(request, model, { ...turn, text });
      },
    },
    RESPONDED,
  );
}

/** An empty answer in every agent's schema. */
export function emptyAnswer(schemaName: string): unknown {
  switch (schemaName) {
    case "security_review":
      return { verdicts: [], findings: [] };
    case "testing_review":
      return { coverage: [], findings: [] };
    case "shared_review":
      // Agents sharing a call (shared-call.ts); `coverage` is asked only with the testing agent among them.
      return { findings: [], coverage: [] };
    default:
      return { findings: [] };
  }
}

/**
 * The answer a stand-in model gives: `respond`'s, or an empty one in the
 * agent's schema. A call about several small files (src/agents/batch.ts) is
 * answered file by file: `respond` sees the task and one file's section, as
 * if that file had been sent alone, and the answers are gathered per file.
 */
export function answerTo(request: RecordedRequest, respond: (request: AgentRequest) => unknown): unknown {
  const asked = agentRequest(request);
  const one = (prompt: string): unknown => respond({ ...asked, prompt }) ?? emptyAnswer(asked.schemaName);
  const schema = requestedSchema(request) as { properties?: Record<string, unknown> } | undefined;
  if (schema?.properties?.files === undefined) return one(asked.prompt);
  return { files: fileSections(asked.prompt).map((s) => ({ file: s.file, answer: one(s.prompt) })) };
}

/** A batch prompt cut at its `File <name> (<language>):` lines: each file's name and the task with its section. */
export function fileSections(prompt: string): { file: string; prompt: string }[] {
  const starts = [...prompt.matchAll(/^File (.+) \([a-z]+\):$/gm)];
  const task = prompt.slice(0, starts[0]?.index ?? 0);
  return starts.map((m, i) => ({
    file: m[1]!,
    prompt: task + prompt.slice(m.index, starts[i + 1]?.index ?? prompt.length),
  }));
}
