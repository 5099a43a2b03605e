import { describe, expect, test } from "vitest";
import { LlmError } from "./errors.js";
import { compatibleFromUrl, llmSettingsFromEnv, ollamaOrigin } from "./settings.js";

describe("llmSettingsFromEnv", () => {
  test.each([
    { name: "nothing set", env: {}, expected: { notices: [] } },
    {
      name: "OpenAI with a base URL (trailing slash dropped)",
      env: { OPENAI_API_KEY: "sk-1", OPENAI_BASE_URL: "http://127.0.0.1:8000/v1/" },
      expected: { openai: { apiKey: "sk-1", baseUrl: "http://127.0.0.1:8000/v1" }, notices: [] },
    },
    {
      name: "a base URL without a key is a notice, not a provider",
      env: { OPENAI_BASE_URL: "http://127.0.0.1:8000/v1" },
      expected: {
        notices: ["OPENAI_BASE_URL is set but OPENAI_API_KEY is not: the OpenAI provider stays off"],
      },
    },
    {
      name: "Anthropic",
      env: { ANTHROPIC_API_KEY: "sk-ant" },
      expected: { anthropic: { apiKey: "sk-ant" }, notices: [] },
    },
    {
      name: "GEMINI_API_KEY",
      env: { GEMINI_API_KEY: "g1" },
      expected: { google: { apiKey: "g1" }, notices: [] },
    },
    {
      name: "GOOGLE_GENERATIVE_AI_API_KEY",
      env: { GOOGLE_GENERATIVE_AI_API_KEY: "g2" },
      expected: { google: { apiKey: "g2" }, notices: [] },
    },
    {
      name: "both Google keys, different",
      env: { GEMINI_API_KEY: "g1", GOOGLE_GENERATIVE_AI_API_KEY: "g2" },
      expected: {
        google: { apiKey: "g1" },
        notices: ["GEMINI_API_KEY and GOOGLE_GENERATIVE_AI_API_KEY differ: using GEMINI_API_KEY"],
      },
    },
    {
      name: "OLLAMA_HOST",
      env: { OLLAMA_HOST: "0.0.0.0:11434" },
      expected: { compatible: { name: "ollama", baseUrl: "http://127.0.0.1:11434/v1" }, notices: [] },
    },
    {
      name: "empty values count as unset",
      env: { OPENAI_API_KEY: "  ", OLLAMA_HOST: "" },
      expected: { notices: [] },
    },
  ])("$name", ({ env, expected }) => {
    expect(llmSettingsFromEnv(env)).toEqual(expected);
  });

  test.each([
    { env: { OPENAI_API_KEY: "k", OPENAI_BASE_URL: "not a url" }, message: /OPENAI_BASE_URL is not a URL/ },
    { env: { OPENAI_API_KEY: "k", OPENAI_BASE_URL: "ftp://x/v1" }, message: /must be an http\(s\) URL/ },
    { env: { OLLAMA_HOST: "ftp://box" }, message: /OLLAMA_HOST must use http or https/ },
  ])("refuses $env with a clear message", ({ env, message }) => {
    expect(() => llmSettingsFromEnv(env)).toThrow(LlmError);
    expect(() => llmSettingsFromEnv(env)).toThrow(message);
  });
});

describe("ollamaOrigin", () => {
  test.each([
    ["127.0.0.1", "http://127.0.0.1:11434"],
    ["localhost:9999", "http://localhost:9999"],
    ["0.0.0.0", "http://127.0.0.1:11434"],
    ["http://gpu-box:11434", "http://gpu-box:11434"],
    ["https://ollama.example.com", "https://ollama.example.com"],
    ["[::1]:11434", "http://[::1]:11434"],
  ])("%s → %s", (host, origin) => {
    expect(ollamaOrigin(host)).toBe(origin);
  });
});

describe("compatibleFromUrl", () => {
  test.each([
    {
      url: "http://gpu-box:8000/v1/",
      key: undefined,
      expected: { name: "openai-compatible", baseUrl: "http://gpu-box:8000/v1" },
    },
    {
      url: "https://acme.openai.azure.com/openai/deployments/review?api-version=2024-10-21",
      key: "azure-key",
      expected: {
        name: "azure",
        baseUrl: "https://acme.openai.azure.com/openai/deployments/review",
        apiKey: "azure-key",
        apiKeyHeader: "api-key",
        queryParams: { "api-version": "2024-10-21" },
      },
    },
    {
      url: "https://acme.cognitiveservices.azure.com/openai/deployments/d?api-version=2025-01-01-preview",
      key: "k",
      expected: {
        name: "azure",
        baseUrl: "https://acme.cognitiveservices.azure.com/openai/deployments/d",
        apiKey: "k",
        apiKeyHeader: "api-key",
        queryParams: { "api-version": "2025-01-01-preview" },
      },
    },
  ])("$url", ({ url, key, expected }) => {
    expect(compatibleFromUrl(url, key)).toEqual(expected);
  });

  test.each(["localhost:8000", "file:///tmp/x"])("refuses %s", (url) => {
    expect(() => compatibleFromUrl(url, undefined)).toThrow(LlmError);
  });
});
