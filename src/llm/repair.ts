import { LlmOutputError } from "./errors.js";
import type { LlmPrompt, LlmResponse, TokenUsage } from "./types.js";

/** The refused answer is quoted back up to this length; longer ones are cut. */
const MAX_QUOTED_CHARS = 4000;

/**
 * Calls `generate`; if the answer does not match the schema, sends exactly one
 * repair request that quotes the refused answer and the validation error. The
 * usage returned covers both calls. A second refusal is thrown as is, and so
 * is an answer cut off by the output limit (a repair would be cut off too).
 */
export async function generateWithRepair<T, Req extends LlmPrompt<T>, Res extends LlmResponse<T>>(
  generate: (request: Req) => Promise<Res>,
  request: Req,
): Promise<Res & { readonly repaired: boolean }> {
  let refused: LlmOutputError;
  try {
    return { ...(await generate(request)), repaired: false };
  } catch (error) {
    // A cut-off answer would be cut off again: the caller must raise the cap instead.
    if (!(error instanceof LlmOutputError) || error.truncated) throw error;
    refused = error;
  }
  const second = await generate({ ...request, prompt: repairPrompt(request, refused) });
  return { ...second, usage: addUsage(refused.usage, second.usage), repaired: true };
}

export function repairPrompt(request: LlmPrompt<unknown>, refused: LlmOutputError): string {
  const quoted =
    refused.rawText.length > MAX_QUOTED_CHARS
      ? `${refused.rawText.slice(0, MAX_QUOTED_CHARS)}\n[... cut ...]`
      : refused.rawText;
  return [
    request.prompt,
    "",
    "---",
    "Your previous answer could not be used because " + refused.validationMessage,
    "",
    "Your previous answer was:",
    quoted,
    "",
    `Answer again with only one JSON object matching the "${request.schemaName}" schema.`,
  ].join("\n");
}

function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  return { inputTokens: a.inputTokens + b.inputTokens, outputTokens: a.outputTokens + b.outputTokens };
}
