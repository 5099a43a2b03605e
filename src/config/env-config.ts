import type { ConfigInput } from "../core/config.js";
import { validateConfig } from "./parse-config.js";

/**
 * The CODEGUARDIAN_* environment variables as a config layer. The environment
 * is the operator's, so it may set operator-only keys. Pure: the caller
 * passes the environment in.
 */
export const ENV_KEYS = {
  CODEGUARDIAN_FAIL_ON: "fail_on",
  CODEGUARDIAN_FORMAT: "formats",
  CODEGUARDIAN_MIN_CONFIDENCE: "min_confidence",
  CODEGUARDIAN_MAX_FILE_BYTES: "limits.max_file_bytes",
  CODEGUARDIAN_LLM: "llm.provider",
} as const;

export function configFromEnv(env: Readonly<Record<string, string | undefined>>): ConfigInput {
  const input: Record<string, unknown> = {};
  const set = (dotted: string, value: unknown): void => {
    const parts = dotted.split(".");
    let target = input;
    for (const part of parts.slice(0, -1)) {
      target[part] ??= {};
      target = target[part] as Record<string, unknown>;
    }
    target[parts[parts.length - 1]!] = value;
  };
  for (const [variable, key] of Object.entries(ENV_KEYS)) {
    const raw = env[variable]?.trim();
    if (raw === undefined || raw === "") continue;
    if (key === "formats") set(key, splitList(raw));
    else if (key === "min_confidence" || key === "limits.max_file_bytes") set(key, Number(raw));
    else set(key, raw);
  }
  return validateConfig(input, "environment (CODEGUARDIAN_*)", "operator");
}

export function splitList(raw: string): string[] {
  return raw
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}
