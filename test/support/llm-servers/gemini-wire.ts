import { geminiSchemaProblem } from "./schema-checks.js";
import { header, startScriptedServer } from "./scripted-server.js";
import type { LlmTestServer, Turn, WireFormat, WireResponse } from "./scripted-server.js";

const STATUS_NAMES: Readonly<Record<number, string>> = {
  400: "INVALID_ARGUMENT",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  429: "RESOURCE_EXHAUSTED",
  500: "INTERNAL",
  503: "UNAVAILABLE",
};

const GENERATE = /^\/v1beta\/models\/([^/:]+):generateContent$/;

/**
 * Gemini's generateContent. Like the real API, a wrong key is a 400
 * INVALID_ARGUMENT carrying reason API_KEY_INVALID, and a 429 says how long to
 * wait in a RetryInfo detail rather than a header.
 */
export function geminiWire(apiKey: string): WireFormat {
  const error = (status: number, message: string, details: unknown[] = []): WireResponse => ({
    status,
    body: { error: { code: status, message, status: STATUS_NAMES[status] ?? "UNKNOWN", details } },
  });
  return {
    route(request) {
      const match = request.method === "POST" ? GENERATE.exec(request.path) : null;
      return match?.[1] === undefined ? undefined : { model: match[1] };
    },
    authenticate(request) {
      const sent = header(request, "x-goog-api-key");
      if (sent === apiKey) {
        const body = request.body as { generationConfig?: { responseSchema?: unknown } };
        const problem = geminiSchemaProblem(body.generationConfig?.responseSchema);
        return problem === undefined ? undefined : error(400, problem);
      }
      return error(400, `API key not valid. Please pass a valid API key. (${sent ?? ""})`, [
        {
          "@type": "type.googleapis.com/google.rpc.ErrorInfo",
          reason: "API_KEY_INVALID",
          domain: "googleapis.com",
        },
      ]);
    },
    success(_request, model, turn) {
      const usage = turn.usage ?? { input: 17, output: 5 };
      return {
        status: 200,
        body: {
          candidates: [
            turn.blocked === true
              ? {
                  finishReason: "SAFETY",
                  index: 0,
                  safetyRatings: [{ category: "HARM_CATEGORY_DANGEROUS_CONTENT", probability: "HIGH" }],
                }
              : {
                  content: { parts: [{ text: turn.text }], role: "model" },
                  finishReason: turn.truncated === true ? "MAX_TOKENS" : "STOP",
                  index: 0,
                },
          ],
          usageMetadata: {
            promptTokenCount: usage.input,
            candidatesTokenCount: usage.output,
            totalTokenCount: usage.input + usage.output + (turn.thinkingTokens ?? 0),
            ...(turn.thinkingTokens === undefined ? {} : { thoughtsTokenCount: turn.thinkingTokens }),
          },
          modelVersion: model,
          responseId: "gemini-test",
        },
      };
    },
    error(status, message) {
      if (status !== 429) return error(status, message);
      return error(status, message, [
        { "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "3s" },
      ]);
    },
  };
}

export function startGeminiServer(apiKey: string, fallback?: Turn): Promise<LlmTestServer> {
  return startScriptedServer(geminiWire(apiKey), fallback);
}
