import { countTokens } from "../../src/llm/index.js";
import { KEYS, openAiWire, startScriptedServer } from "../support/llm-servers/index.js";
import type { LlmTestServer, RecordedRequest, Turn } from "../support/llm-servers/index.js";
import { answerTo, emptyAnswer } from "./agent-server.js";

const METERED = "__metered__";

/** A metered answer the server holds for `holdMs` first: a slow model. */
export const slowAnswer = (holdMs: number): Turn => ({ kind: "reply", text: METERED, holdMs });

/**
 * A local OpenAI-wire "model" that bills like a provider: every answer
 * reports the tokens of what it was sent (messages and schema, o200k) and of
 * what it answered, so the review's accounting can be checked against the
 * server's. Unscripted requests get an empty answer in the agent's schema;
 * `server.script(...)` puts slow, failing or hanging turns first.
 */
export async function startMeteredServer(
  respond: (schemaName: string) => unknown = emptyAnswer,
): Promise<LlmTestServer & { readonly billed: () => { input: number; output: number } }> {
  const wire = openAiWire({ apiKey: KEYS.openai });
  const billed = { input: 0, output: 0 };
  const server = await startScriptedServer(
    {
      ...wire,
      success(request, model, turn) {
        const text =
          turn.text === METERED
            ? JSON.stringify(answerTo(request, (asked) => respond(asked.schemaName)))
            : turn.text;
        const usage = turn.usage ?? { input: sentTokens(request), output: countTokens(text) };
        billed.input += usage.input;
        billed.output += usage.output;
        return wire.success(request, model, { ...turn, text, usage });
      },
    },
    { kind: "reply", text: METERED } satisfies Turn,
  );
  return Object.assign(server, { billed: () => ({ ...billed }) });
}

/** What a provider would count as input: every message's text and the response schema. */
export function sentTokens(request: RecordedRequest): number {
  const body = request.body as { messages?: { content: unknown }[]; response_format?: unknown };
  const texts = (body.messages ?? []).map((m) =>
    typeof m.content === "string" ? m.content : JSON.stringify(m.content),
  );
  return countTokens([...texts, JSON.stringify(body.response_format ?? {})].join("\n"));
}
