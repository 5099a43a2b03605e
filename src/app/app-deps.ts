import type { ReviewWatch } from "../core/observer.js";
import type { ProgressSink } from "../core/progress.js";
import type { StorePool } from "../core/store.js";
import type { ProjectCaches } from "../storage/llm-cache.js";
import type { ProviderGates } from "../llm/provider-gates.js";
import type { RulesPool } from "../workers/rules-pool.js";

/** The process environment as a front end read it (platform/env.ts); nothing below reads `process.env`. */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * What a long-lived process builds once and hands to every review it runs
 * (docs/ARCHITECTURE.md, "The application layer"): the rules workers and
 * the LLM providers' gates, the store pool; each part is closed by whoever built it.
 */
export interface SharedParts {
  readonly rulesPool: RulesPool;
  /** Per-provider call slots and rate-limit pauses, for every review's LLM router. */
  readonly llmGates?: ProviderGates;
  /**
   * The process's one opened and migrated store (a server's): every review
   * takes its organisation's handle and its project's caches from it instead
   * of opening a store of its own. Absent in the CLI, which opens the store
   * the request names, once per process run.
   */
  readonly stores?: SharedStorePool;
}

/** A store pool that also hands out each project's caches (src/storage's `KyselyStorePool` is one). */
export interface SharedStorePool extends StorePool {
  caches(organisationId: string, projectKey: string): Promise<ProjectCaches>;
}

/** Everything a use case needs from outside, passed in. */
export interface AppDeps {
  readonly shared: SharedParts;
  /** The operator's environment: config file location, data directory, provider keys. */
  readonly env: Environment;
  readonly clock: Clock;
  /** One-line notes for the person or log watching (how to turn LLM review on, ignored files). */
  readonly log: (message: string) => void;
  readonly progress: ProgressSink;
  /** This review's metrics and spans (a server's); the front end starts and finishes it. */
  readonly watch?: ReviewWatch;
  /** Aborting it cancels the review: analysers, tool processes, model calls, the fix stage. */
  readonly signal?: AbortSignal;
  readonly version: string;
  /** A new review id; a random UUID unless a test needs a known one. */
  readonly newId?: () => string;
}

export interface Clock {
  now(): Date;
  /** Monotonic milliseconds, for durations. */
  elapsed(): number;
}

export const SYSTEM_CLOCK: Clock = {
  now: () => new Date(),
  elapsed: () => performance.now(),
};
