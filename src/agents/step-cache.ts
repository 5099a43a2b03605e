import type { LlmCache } from "../llm/index.js";

/** Where finished steps are recorded per review (src/storage/checkpoints.ts). */
export interface CheckpointLog {
  get(reviewId: string, stepKey: string): Promise<unknown>;
  record(reviewId: string, stepKey: string, value: unknown): Promise<void>;
}

export interface StepCacheOptions {
  /** The shared answer cache; undefined with --no-cache. */
  readonly cache?: LlmCache;
  readonly checkpoints: CheckpointLog;
  /** This review: every answer is recorded under it as soon as it arrives. */
  readonly reviewId: string;
  /** With --resume: the interrupted review whose recorded steps are reused. */
  readonly resumeFrom?: string;
}

/**
 * The router's cache for one review: reads the resumed review's checkpoints,
 * then the shared cache; writes every answer to this review's checkpoints and
 * the shared cache. With --no-cache only checkpoints are used, so --resume
 * still never pays twice for a step.
 */
export class StepCache implements LlmCache {
  constructor(private readonly options: StepCacheOptions) {}

  async get(key: string): Promise<unknown> {
    const { resumeFrom, checkpoints, cache } = this.options;
    if (resumeFrom !== undefined) {
      const step = await checkpoints.get(resumeFrom, key);
      if (step !== undefined) return step;
    }
    return cache === undefined ? undefined : cache.get(key);
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.options.checkpoints.record(this.options.reviewId, key, value);
    await this.options.cache?.set(key, value);
  }
}
