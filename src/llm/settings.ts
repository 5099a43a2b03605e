import { LlmError } from "./errors.js";

/** Base URLs include the API version path, as each SDK expects. */
export const DEFAULT_BASE_URLS = Object.freeze({
  openai: "https://api.openai.com/v1",
  anthropic: "https://api.anthropic.com/v1",
  google: "https://generativelanguage.googleapis.com/v1beta",
});

export interface OpenAiSettings {
  readonly apiKey: string;
  readonly baseUrl?: string;
  /**
   * `chat` (default) calls /chat/completions, which every OpenAI-like server
   * implements; `responses` calls OpenAI's newer Responses API.
   */
  readonly api?: "chat" | "responses";
}

export interface AnthropicSettings {
  readonly apiKey: string;
  readonly baseUrl?: string;
}

export interface GoogleSettings {
  readonly apiKey: string;
  readonly baseUrl?: string;
}

/** Ollama `/v1`, vLLM, LM Studio, Azure OpenAI and other chat-completions servers. */
export interface CompatibleSettings {
  /** Shown in messages: "ollama", "azure", "vllm". */
  readonly name: string;
  readonly baseUrl: string;
  readonly apiKey?: string;
  /** Azure sends the key in an `api-key` header instead of `Authorization: Bearer`. */
  readonly apiKeyHeader?: "authorization" | "api-key";
  /** Azure needs `api-version`. */
  readonly queryParams?: Readonly<Record<string, string>>;
  /** Servers whose JSON-schema mode is missing get plain JSON mode when false. */
  readonly structuredOutputs?: boolean;
  /** The model every task uses on this server (local servers serve what was pulled). */
  readonly model?: string;
}

export interface LlmSettings {
  readonly openai?: OpenAiSettings;
  readonly anthropic?: AnthropicSettings;
  readonly google?: GoogleSettings;
  readonly compatible?: CompatibleSettings;
  /** Things the user should see: a base URL without a key, two keys that disagree. */
  readonly notices: readonly string[];
}

/**
 * Maps environment variables to settings. Pure: the platform layer passes
 * `process.env` in. Empty values count as unset.
 */
export function llmSettingsFromEnv(env: Readonly<Record<string, string | undefined>>): LlmSettings {
  const get = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === "" ? undefined : value;
  };
  const notices: string[] = [];
  const settings: {
    openai?: OpenAiSettings;
    anthropic?: AnthropicSettings;
    google?: GoogleSettings;
    compatible?: CompatibleSettings;
  } = {};

  const openaiKey = get("OPENAI_API_KEY");
  const openaiBase = get("OPENAI_BASE_URL");
  if (openaiKey !== undefined) {
    settings.openai = {
      apiKey: openaiKey,
      ...(openaiBase === undefined ? {} : { baseUrl: checkUrl("OPENAI_BASE_URL", openaiBase) }),
    };
  } else if (openaiBase !== undefined) {
    notices.push("OPENAI_BASE_URL is set but OPENAI_API_KEY is not: the OpenAI provider stays off");
  }

  const anthropicKey = get("ANTHROPIC_API_KEY");
  const anthropicBase = get("ANTHROPIC_BASE_URL");
  if (anthropicKey !== undefined) {
    settings.anthropic = {
      apiKey: anthropicKey,
      ...(anthropicBase === undefined ? {} : { baseUrl: checkUrl("ANTHROPIC_BASE_URL", anthropicBase) }),
    };
  }

  const geminiKey = get("GEMINI_API_KEY");
  const googleKey = get("GOOGLE_GENERATIVE_AI_API_KEY");
  if (geminiKey !== undefined && googleKey !== undefined && geminiKey !== googleKey) {
    notices.push("GEMINI_API_KEY and GOOGLE_GENERATIVE_AI_API_KEY differ: using GEMINI_API_KEY");
  }
  const googleApiKey = geminiKey ?? googleKey;
  if (googleApiKey !== undefined) settings.google = { apiKey: googleApiKey };

  const ollamaHost = get("OLLAMA_HOST");
  if (ollamaHost !== undefined) {
    settings.compatible = { name: "ollama", baseUrl: `${ollamaOrigin(ollamaHost)}/v1` };
  }
  return { ...settings, notices };
}

/**
 * A base URL without the slashes that end it, so paths join with one slash.
 * The lookbehind starts the match at the first slash of the run only: the
 * search stays linear on a URL of many slashes (test/regex-linearity.test.ts).
 */
export function withoutTrailingSlashes(url: string): string {
  return url.replace(/(?<!\/)\/+$/, "");
}

function checkUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new LlmError(
      "config",
      `${name} is not a URL: "${value}" (expected for example https://api.example.com/v1)`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new LlmError("config", `${name} must be an http(s) URL, got "${value}"`);
  }
  return withoutTrailingSlashes(value);
}

/**
 * OLLAMA_HOST is what `ollama serve` listens on: `host`, `host:port` or a URL.
 * A bare host gets Ollama's port 11434; a wildcard listen address means this
 * machine.
 */
export function ollamaOrigin(host: string): string {
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(host);
  let url: URL;
  try {
    url = new URL(hasScheme ? host : `http://${host}`);
  } catch {
    throw new LlmError(
      "config",
      `OLLAMA_HOST is not a host or URL: "${host}" (expected for example 127.0.0.1:11434)`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new LlmError("config", `OLLAMA_HOST must use http or https, got "${host}"`);
  }
  const hostname = url.hostname === "0.0.0.0" || url.hostname === "[::]" ? "127.0.0.1" : url.hostname;
  const port = url.port !== "" ? url.port : hasScheme ? "" : "11434";
  return `${url.protocol}//${hostname}${port === "" ? "" : `:${port}`}`;
}

const AZURE_HOST = /\.(openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com)$/i;

/**
 * Settings for an OpenAI-compatible server named only by a URL and maybe a
 * key, as `llm.base_url` and `llm.api_key` give them. A query string (Azure's
 * `?api-version=...`) is kept as query parameters, because the client appends
 * paths to the base URL; an Azure host gets its `api-key` header.
 */
export function compatibleFromUrl(baseUrl: string, apiKey: string | undefined): CompatibleSettings {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new LlmError("config", `llm.base_url is not a URL: "${baseUrl}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new LlmError("config", `llm.base_url must be an http(s) URL, got "${baseUrl}"`);
  }
  const queryParams = Object.fromEntries(url.searchParams);
  const azure = AZURE_HOST.test(url.hostname);
  url.search = "";
  url.hash = "";
  return {
    name: azure ? "azure" : "openai-compatible",
    baseUrl: withoutTrailingSlashes(url.toString()),
    ...(apiKey === undefined ? {} : { apiKey }),
    ...(azure ? { apiKeyHeader: "api-key" as const } : {}),
    ...(Object.keys(queryParams).length === 0 ? {} : { queryParams }),
  };
}
