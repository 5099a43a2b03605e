import { APICallError, generateText, jsonSchema, NoObjectGeneratedError, Output } from "ai";
import type { LanguageModel } from "ai";
import { LlmError, LlmOutputError, redactSecrets } from "../errors.js";
import type { LlmErrorKind } from "../errors.js";
import { checkPrompt, parseStructured, toWireSchema } from "../structured.js";
import type { LlmProvider, LlmRequest, LlmResponse, ProviderId, TokenUsage } from "../types.js";

// The SDK prints its warnings to the console; ours go back in the response instead.
// Left alone when the embedding application installed its own logger.
globalThis.AI_SDK_LOG_WARNINGS ??= false;

/** Provider-specific options forwarded to the AI SDK (`providerOptions`). */
type ProviderOptions = NonNullable<Parameters<typeof generateText>[0]["providerOptions"]>;
type GenerateTextResult = Awaited<ReturnType<typeof generateText>>;

export interface AiSdkProviderConfig {
  readonly id: ProviderId;
  /** Builds the SDK model for a model id; base URL and key are already bound. */
  readonly model: (modelId: string) => LanguageModel;
  /** Redacted from every message this provider produces. */
  readonly secrets: readonly (string | undefined)[];
  /** What to tell the user when the key is refused ("set ANTHROPIC_API_KEY"). */
  readonly keyHint: string;
  readonly providerOptions?: ProviderOptions;
  /**
   * For servers in plain JSON mode, which never see the schema: it is then
   * written into the system prompt.
   */
  readonly schemaInPrompt?: boolean;
}

/**
 * An {@link LlmProvider} on top of the Vercel AI SDK, which speaks each wire
 * format. The SDK's own retries are off (`maxRetries: 0`): the router owns
 * retry, fallback and timeouts, and our code validates the output.
 */
export function createAiSdkProvider(config: AiSdkProviderConfig): LlmProvider {
  return {
    id: config.id,
    async generate<T>(request: LlmRequest<T>): Promise<LlmResponse<T>> {
      checkPrompt(request);
      const wire = toWireSchema(request.schema, request.schemaName);
      let text: string;
      let usage: TokenUsage;
      let model = request.model;
      let warnings: string[] = [];
      let finishReason: string | undefined;
      try {
        const result = await generateText({
          model: config.model(request.model),
          system:
            config.schemaInPrompt === true
              ? `${request.system}\n\nAnswer with one JSON object that matches this JSON schema:\n${JSON.stringify(wire)}`
              : request.system,
          prompt: request.prompt,
          output: Output.object({ schema: jsonSchema(wire), name: request.schemaName }),
          maxOutputTokens: request.maxOutputTokens,
          ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
          ...(request.signal === undefined ? {} : { abortSignal: request.signal }),
          ...(config.providerOptions === undefined ? {} : { providerOptions: config.providerOptions }),
          maxRetries: 0,
        });
        text = result.text;
        usage = toUsage(result.usage);
        model = result.response.modelId || request.model;
        warnings = result.warnings?.map(describeWarning) ?? [];
        finishReason = result.finishReason;
      } catch (error) {
        // The SDK refuses text that is not JSON; we still want the text and usage for a repair.
        if (NoObjectGeneratedError.isInstance(error)) {
          text = error.text ?? "";
          usage = toUsage(error.usage);
          finishReason = error.finishReason;
        } else {
          throw toLlmError(error, config, request.model);
        }
      }
      const parsed = parseStructured(text, request.schema);
      if (!parsed.ok) {
        // A repair cannot help an answer that ran out of room: say so, so the caller can raise the cap.
        const cutOff =
          finishReason === "length"
            ? `the answer was cut off at the output limit of ${request.maxOutputTokens} tokens, so `
            : "";
        throw new LlmOutputError({
          provider: config.id,
          model,
          rawText: redactSecrets(text, config.secrets),
          validationMessage: redactSecrets(
            cutOff + parsed.message + unusualFinish(finishReason),
            config.secrets,
          ),
          truncated: finishReason === "length",
          usage,
        });
      }
      return {
        object: parsed.value,
        usage,
        model,
        provider: config.id,
        rawText: text,
        ...(warnings.length === 0 ? {} : { warnings }),
      };
    },
  };
}

/** A blocked or errored generation explains an empty or broken answer better than the parse error. */
function unusualFinish(finishReason: string | undefined): string {
  if (finishReason === undefined || ["stop", "tool-calls", "length"].includes(finishReason)) return "";
  return ` (the provider's finish reason: ${finishReason})`;
}

function describeWarning(warning: NonNullable<GenerateTextResult["warnings"]>[number]): string {
  const what = warning.type === "other" ? warning.message : warning.feature;
  const details = "details" in warning && warning.details !== undefined ? `: ${warning.details}` : "";
  return `${warning.type} ${what}${details}`;
}

function toUsage(usage: { inputTokens?: number; outputTokens?: number } | undefined): TokenUsage {
  return { inputTokens: usage?.inputTokens ?? 0, outputTokens: usage?.outputTokens ?? 0 };
}

/** Maps whatever the SDK threw to a typed, redacted {@link LlmError}. */
export function toLlmError(error: unknown, config: AiSdkProviderConfig, model: string): LlmError {
  if (error instanceof LlmError) return error;
  const where = `${config.id}:${model}`;
  const redact = (text: string): string => redactSecrets(text, config.secrets);
  if (isAbort(error)) {
    return new LlmError("aborted", `${where}: the request was aborted`, { provider: config.id, model });
  }
  if (!APICallError.isInstance(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return new LlmError("server", `${where}: unexpected response: ${redact(message)}`, {
      provider: config.id,
      model,
    });
  }
  const status = error.statusCode;
  if (status === undefined) {
    return new LlmError("network", `${where}: connection failed: ${redact(describeCause(error))}`, {
      provider: config.id,
      model,
    });
  }
  if (status >= 200 && status < 300) {
    return new LlmError(
      "protocol",
      `${where}: the server answered ${status} but not in ${config.id}'s format; check the base URL (${redact(error.message).slice(0, 200)})`,
      { provider: config.id, model, status, hint: "check the base URL" },
    );
  }
  // Gemini answers a wrong key with 400 INVALID_ARGUMENT, reason API_KEY_INVALID.
  const kind = error.responseBody?.includes("API_KEY_INVALID") === true ? "auth" : kindOfStatus(status);
  const detail = redact(error.message).slice(0, 500);
  const retryAfter = retryAfterOf(error);
  const base = { provider: config.id, model, status, ...(retryAfter === undefined ? {} : { retryAfter }) };
  switch (kind) {
    case "auth":
      return new LlmError(
        kind,
        `${config.id} rejected the API key (${status}): ${config.keyHint}. Provider said: ${detail}`,
        { ...base, hint: config.keyHint },
      );
    case "not-found":
      return new LlmError(
        kind,
        `${config.id} does not know model "${model}" or the endpoint (${status}): check the model name and the base URL. Provider said: ${detail}`,
        { ...base, hint: "check the model name and the base URL" },
      );
    default:
      return new LlmError(kind, `${where} failed (${status}): ${detail}`, base);
  }
}

function kindOfStatus(status: number): LlmErrorKind {
  if (status === 401 || status === 403) return "auth";
  if (status === 404) return "not-found";
  if (status === 408) return "timeout";
  if (status === 429) return "rate-limit";
  if (status >= 500) return "server";
  return "bad-request";
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");
}

function describeCause(error: APICallError): string {
  const cause: unknown = error.cause;
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return typeof code === "string" ? `${cause.message} (${code})` : cause.message;
  }
  return error.message;
}

/**
 * The wait a provider asked for, in Retry-After syntax. OpenAI may send
 * `retry-after-ms`; Gemini puts a `RetryInfo.retryDelay` ("7s") in the body.
 */
function retryAfterOf(error: APICallError): string | undefined {
  const headers = error.responseHeaders ?? {};
  const ms = headers["retry-after-ms"];
  if (ms !== undefined && /^\d+(\.\d+)?$/.test(ms.trim())) return String(Number(ms) / 1000);
  const header = headers["retry-after"];
  if (header !== undefined) return header;
  return googleRetryDelay(error.responseBody);
}

function googleRetryDelay(body: string | undefined): string | undefined {
  if (body === undefined || !body.includes("retryDelay")) return undefined;
  try {
    const parsed = JSON.parse(body) as { error?: { details?: { retryDelay?: unknown }[] } };
    for (const detail of parsed.error?.details ?? []) {
      const delay = detail.retryDelay;
      if (typeof delay === "string" && /^\d+(\.\d+)?s$/.test(delay)) return delay.slice(0, -1);
    }
  } catch {
    // A body that is not JSON simply carries no retry delay.
  }
  return undefined;
}
