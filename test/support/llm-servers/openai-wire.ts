import { strictSchemaProblem } from "./schema-checks.js";
import { header, startScriptedServer } from "./scripted-server.js";
import type { LlmTestServer, RecordedRequest, Turn, WireFormat, WireResponse } from "./scripted-server.js";

export interface OpenAiServerOptions {
  /** Path prefix before `/chat/completions`: `/v1` (OpenAI, Ollama, vLLM) or Azure's deployment path. */
  readonly prefix?: string;
  /** `bearer` (OpenAI), `api-key` (Azure), `none` (Ollama ignores keys). */
  readonly auth?: "bearer" | "api-key" | "none";
  readonly apiKey?: string;
  /** Azure refuses a request without `api-version`. */
  readonly requiredQuery?: Readonly<Record<string, string>>;
  /** Whether `/responses` exists (only OpenAI itself has it). */
  readonly responsesApi?: boolean;
  readonly fallback?: Turn;
}

const ERROR_TYPES: Readonly<Record<number, [string, string | null]>> = {
  400: ["invalid_request_error", null],
  401: ["invalid_request_error", "invalid_api_key"],
  403: ["invalid_request_error", "unsupported_country_region_territory"],
  404: ["invalid_request_error", "model_not_found"],
  429: ["requests", "rate_limit_exceeded"],
  500: ["server_error", null],
  503: ["server_error", null],
};

/**
 * OpenAI's chat completions (and optionally Responses) wire format, as also
 * spoken by Ollama's `/v1`, vLLM, LM Studio and Azure OpenAI.
 */
export function openAiWire(options: OpenAiServerOptions = {}): WireFormat {
  const prefix = options.prefix ?? "/v1";
  const auth = options.auth ?? "bearer";
  const error = (status: number, message: string): WireResponse => {
    const [type, code] = ERROR_TYPES[status] ?? ["server_error", null];
    return { status, body: { error: { message, type, param: null, code } } };
  };
  return {
    route(request) {
      if (request.method !== "POST") return undefined;
      const body = request.body as { model?: unknown } | undefined;
      const model = typeof body?.model === "string" ? body.model : "deployment";
      if (request.path === `${prefix}/chat/completions`) return { model };
      if (options.responsesApi === true && request.path === `${prefix}/responses`) return { model };
      return undefined;
    },
    authenticate(request) {
      const strict = strictRequestSchema(request);
      const problem = strict === undefined ? undefined : strictSchemaProblem(strict);
      if (problem !== undefined) return error(400, problem);
      for (const [key, value] of Object.entries(options.requiredQuery ?? {})) {
        if (request.query[key] !== value) return error(404, "Resource not found");
      }
      if (auth === "none") return undefined;
      const sent =
        auth === "bearer"
          ? header(request, "authorization")?.replace(/^Bearer /, "")
          : header(request, "api-key");
      if (sent === options.apiKey) return undefined;
      // Echoes the key back, as a careless server might: the client must redact it.
      return error(401, `Incorrect API key provided: ${sent ?? "(none)"}.`);
    },
    success(request, model, turn) {
      const usage = turn.usage ?? { input: 11, output: 7 };
      if (request.path.endsWith("/responses"))
        return responsesBody(model, turn.text, usage, turn.truncated === true);
      return {
        status: 200,
        body: {
          id: "chatcmpl-test",
          object: "chat.completion",
          created: 1_764_201_600,
          model,
          choices: [
            {
              index: 0,
              message: {
                role: "assistant",
                content: turn.blocked === true ? null : turn.text,
                refusal: null,
              },
              logprobs: null,
              finish_reason:
                turn.blocked === true ? "content_filter" : turn.truncated === true ? "length" : "stop",
            },
          ],
          ...(turn.omitUsage === true
            ? {}
            : {
                usage: {
                  prompt_tokens: usage.input,
                  completion_tokens: usage.output,
                  total_tokens: usage.input + usage.output,
                },
              }),
        },
      };
    },
    error,
  };
}

function responsesBody(
  model: string,
  text: string,
  usage: { input: number; output: number },
  truncated: boolean,
): WireResponse {
  return {
    status: 200,
    body: {
      id: "resp_test",
      object: "response",
      created_at: 1_764_201_600,
      status: truncated ? "incomplete" : "completed",
      ...(truncated ? { incomplete_details: { reason: "max_output_tokens" } } : {}),
      model,
      output: [
        {
          type: "message",
          id: "msg_test",
          status: "completed",
          role: "assistant",
          content: [{ type: "output_text", text, annotations: [] }],
        },
      ],
      usage: {
        input_tokens: usage.input,
        input_tokens_details: { cached_tokens: 0 },
        output_tokens: usage.output,
        output_tokens_details: { reasoning_tokens: 0 },
        total_tokens: usage.input + usage.output,
      },
    },
  };
}

/** The schema of a strict structured-output request (chat or Responses), if any. */
function strictRequestSchema(request: RecordedRequest): unknown {
  const body = request.body as {
    response_format?: { json_schema?: { strict?: boolean; schema?: unknown } };
    text?: { format?: { strict?: boolean; schema?: unknown } };
  };
  const format = body.response_format?.json_schema ?? body.text?.format;
  return format?.strict === true ? format.schema : undefined;
}

export function startOpenAiServer(options: OpenAiServerOptions = {}): Promise<LlmTestServer> {
  return startScriptedServer(openAiWire(options), options.fallback);
}

/** The JSON schema a chat-completions request asked for, or undefined. */
export function requestedSchema(request: RecordedRequest): unknown {
  const body = request.body as { response_format?: { json_schema?: { schema?: unknown } } };
  return body.response_format?.json_schema?.schema;
}
