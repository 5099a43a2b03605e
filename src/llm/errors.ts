import type { ProviderId, TokenUsage } from "./types.js";

/**
 * Why a call failed. `rate-limit`, `server`, `timeout` and `network` are
 * transient and retried; the rest are not (a retry would fail the same way).
 */
export type LlmErrorKind =
  | "auth"
  | "bad-request"
  | "not-found"
  | "rate-limit"
  | "server"
  | "timeout"
  | "network"
  | "aborted"
  | "output"
  /** The server answered, but not in the provider's wire format: usually a wrong base URL. */
  | "protocol"
  | "budget"
  | "config"
  | "exhausted";

const RETRYABLE: ReadonlySet<LlmErrorKind> = new Set(["rate-limit", "server", "timeout", "network"]);

export interface LlmErrorDetails {
  readonly provider?: ProviderId;
  readonly model?: string;
  readonly status?: number;
  /**
   * The wait the provider asked for, in Retry-After syntax (seconds or an HTTP
   * date); the router converts it with its own clock.
   */
  readonly retryAfter?: string;
  readonly hint?: string;
}

/**
 * Every failure of the LLM layer. Messages never contain API keys: they are
 * built from redacted text and the raw SDK error is not kept as `cause`,
 * because SDK errors carry request headers and bodies.
 */
export class LlmError extends Error {
  readonly kind: LlmErrorKind;
  readonly provider: ProviderId | undefined;
  readonly model: string | undefined;
  readonly status: number | undefined;
  readonly retryAfter: string | undefined;
  readonly hint: string | undefined;

  constructor(kind: LlmErrorKind, message: string, details: LlmErrorDetails = {}) {
    super(message);
    this.name = "LlmError";
    this.kind = kind;
    this.provider = details.provider;
    this.model = details.model;
    this.status = details.status;
    this.retryAfter = details.retryAfter;
    this.hint = details.hint;
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }
}

/**
 * The model answered, but not with JSON matching the schema. Carries what a
 * repair request needs: the text it sent and why it was refused.
 */
export class LlmOutputError extends LlmError {
  readonly rawText: string;
  readonly validationMessage: string;
  readonly usage: TokenUsage;
  /** The model hit the output token limit: raise it rather than repair. */
  readonly truncated: boolean;

  constructor(args: {
    provider: ProviderId;
    model: string;
    rawText: string;
    validationMessage: string;
    usage: TokenUsage;
    truncated?: boolean;
  }) {
    super(
      "output",
      `${args.provider}:${args.model} returned output that does not match the schema: ${args.validationMessage}`,
      { provider: args.provider, model: args.model },
    );
    this.name = "LlmOutputError";
    this.rawText = args.rawText;
    this.validationMessage = args.validationMessage;
    this.usage = args.usage;
    this.truncated = args.truncated ?? false;
  }
}

/** One failed attempt, as recorded by the router. */
export interface AttemptFailure {
  readonly provider: ProviderId;
  readonly model: string;
  readonly kind: LlmErrorKind;
  readonly message: string;
}

/** Every model of a fallback chain failed; `attempts` says how, in order. */
export class LlmChainError extends LlmError {
  readonly attempts: readonly AttemptFailure[];

  constructor(task: string, attempts: readonly AttemptFailure[], last: LlmError | undefined) {
    const tried = [...new Set(attempts.map((a) => `${a.provider}:${a.model}`))].join(", ");
    super(
      "exhausted",
      `every model for task "${task}" failed (${tried}); last error: ${last?.message ?? "none"}`,
      last === undefined
        ? {}
        : {
            ...(last.provider === undefined ? {} : { provider: last.provider }),
            ...(last.hint === undefined ? {} : { hint: last.hint }),
          },
    );
    this.name = "LlmChainError";
    this.attempts = attempts;
  }
}

export function isLlmError(error: unknown): error is LlmError {
  return error instanceof LlmError;
}

/** Replaces every occurrence of every secret with `[redacted]`. */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    // Very short "keys" (Ollama's placeholder "ollama") would blank ordinary words.
    if (secret === undefined || secret.length < 8) continue;
    out = out.split(secret).join("[redacted]");
  }
  return out;
}
