import { sha256Hex } from "../core/hash.js";
import type { ModelRef } from "./types.js";

/**
 * Stores validated model answers so an unchanged file costs nothing the second
 * time. Values are the validated objects; a reader validates again, since the
 * schema may have changed without the prompt version being bumped.
 */
export interface LlmCache {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export interface CacheKeyParts {
  /** The agent asking ("security"). */
  readonly agent: string;
  /** Bumped whenever the agent's prompt or schema changes meaning. */
  readonly promptVersion: string;
  readonly model: ModelRef;
  /** Exactly what was sent: */
  readonly system: string;
  readonly prompt: string;
  readonly wireSchema: unknown;
  readonly maxOutputTokens: number;
  readonly temperature: number | undefined;
}

/** sha256 over every part that can change the answer, unambiguously separated. */
export function llmCacheKey(parts: CacheKeyParts): string {
  return sha256Hex(
    JSON.stringify([
      "codeguardian-llm-cache/1",
      parts.agent,
      parts.promptVersion,
      parts.model.provider,
      parts.model.model,
      parts.system,
      parts.prompt,
      parts.wireSchema,
      parts.maxOutputTokens,
      parts.temperature ?? null,
    ]),
  );
}

/** For tests and one-shot runs; the SQLite-backed cache persists across runs. */
export class InMemoryLlmCache implements LlmCache {
  private readonly entries = new Map<string, unknown>();

  get(key: string): Promise<unknown> {
    const value = this.entries.get(key);
    return Promise.resolve(value === undefined ? undefined : structuredClone(value));
  }

  set(key: string, value: unknown): Promise<void> {
    this.entries.set(key, structuredClone(value));
    return Promise.resolve();
  }

  get size(): number {
    return this.entries.size;
  }
}
