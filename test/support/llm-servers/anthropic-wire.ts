import { header, startScriptedServer } from "./scripted-server.js";
import type { LlmTestServer, Turn, WireFormat, WireResponse } from "./scripted-server.js";

const ERROR_TYPES: Readonly<Record<number, string>> = {
  400: "invalid_request_error",
  401: "authentication_error",
  403: "permission_error",
  404: "not_found_error",
  413: "request_too_large",
  429: "rate_limit_error",
  500: "api_error",
  529: "overloaded_error",
};

interface MessagesBody {
  readonly model?: unknown;
  readonly tools?: readonly { readonly name: string }[];
  readonly tool_choice?: { readonly type: string; readonly name?: string };
}

/**
 * Anthropic's Messages API. When the request forces a tool (structured output
 * by tool use) a JSON answer comes back as that tool's `input`; an answer that
 * is not a JSON object comes back as a text block, as a model ignoring the
 * tool would.
 */
export function anthropicWire(apiKey: string): WireFormat {
  const error = (status: number, message: string): WireResponse => ({
    status,
    body: { type: "error", error: { type: ERROR_TYPES[status] ?? "api_error", message } },
  });
  return {
    route(request) {
      if (request.method !== "POST" || request.path !== "/v1/messages") return undefined;
      const body = request.body as MessagesBody;
      return { model: typeof body.model === "string" ? body.model : "unknown" };
    },
    authenticate(request) {
      if (header(request, "anthropic-version") === undefined) {
        return error(400, "anthropic-version: header is required");
      }
      // The API takes the key as x-api-key; newer official SDKs send a bearer token instead.
      const sent = header(request, "x-api-key") ?? header(request, "authorization")?.replace(/^Bearer /, "");
      return sent === apiKey ? undefined : error(401, `invalid x-api-key ${sent ?? ""}`);
    },
    success(request, model, turn) {
      const body = request.body as MessagesBody;
      const usage = turn.usage ?? { input: 13, output: 9 };
      // "tool" names the tool to call; "any" forces one of them (the SDK sends a single one).
      const choice = body.tool_choice;
      const forced =
        choice?.type === "tool" ? choice.name : choice?.type === "any" ? body.tools?.[0]?.name : undefined;
      // A cut-off tool call cannot be a complete object: it comes back as text.
      const input = forced === undefined || turn.truncated === true ? undefined : jsonObject(turn.text);
      const content =
        forced !== undefined && input !== undefined
          ? [{ type: "tool_use", id: "toolu_test", name: forced, input }]
          : [{ type: "text", text: turn.text }];
      return {
        status: 200,
        body: {
          id: "msg_test",
          type: "message",
          role: "assistant",
          model,
          content,
          stop_reason:
            turn.truncated === true
              ? "max_tokens"
              : content[0]?.type === "tool_use"
                ? "tool_use"
                : "end_turn",
          stop_sequence: null,
          usage: { input_tokens: usage.input, output_tokens: usage.output },
        },
      };
    },
    error,
  };
}

function jsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

export function startAnthropicServer(apiKey: string, fallback?: Turn): Promise<LlmTestServer> {
  return startScriptedServer(anthropicWire(apiKey), fallback);
}
