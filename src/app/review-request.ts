import type { Requester } from "../core/review.js";

/**
 * What a front end asks of a review, in the application's own terms: no
 * flag strings, no streams. The CLI builds one from argv; the service will
 * build one from an HTTP body or a webhook.
 */
export interface ReviewRequest {
  /** Local paths (relative to `cwd`) or one git URL; empty means `cwd`. */
  readonly targets: readonly string[];
  /** The directory relative paths in the request are resolved against. */
  readonly cwd: string;
  /** A configuration file given explicitly (`-c`): repository input, it cannot raise limits. */
  readonly configFile?: string;
  /** The requester's own settings, which rank with the operator's (docs/configuration.md). */
  readonly settings?: RequestSettings;
  /** Review only what changed against this base ref. */
  readonly diff?: { readonly base: string; readonly wholeFiles: boolean };
  /** false: report findings the committed baseline accepted. */
  readonly baseline: boolean;
  readonly store: StoreChoice;
  /** false for uses that read the store's caches but do not record a review (fix, baseline). */
  readonly record: boolean;
  /** false: the LLM and fix caches are neither read nor written. */
  readonly cache: boolean;
  /** Reuse the LLM steps an interrupted review finished. */
  readonly resume?: string;
  readonly requestedBy: Requester;
  /**
   * The organisation the review belongs to (its store handle, caches and
   * dismissals); the implicit local one when absent. Any other needs the
   * process's shared store pool (`SharedParts.stores`).
   */
  readonly organisation?: string;
}

export interface RequestSettings {
  readonly failOn?: string;
  readonly formats?: readonly string[];
  readonly minConfidence?: number;
  /** `off` or `provider:model`. */
  readonly llm?: string;
}

/**
 * Where the review is recorded: the user's history in the data directory,
 * a given SQLite path or postgres:// URL, or nowhere at all (no comparison,
 * no caches on disk).
 */
export type StoreChoice =
  | { readonly kind: "default" }
  | { readonly kind: "at"; readonly location: string }
  | { readonly kind: "none" };

/** The request's settings as a configuration layer (snake_case keys, validated by the config loader). */
export function settingsLayer(settings: RequestSettings | undefined): Record<string, unknown> {
  const layer: Record<string, unknown> = {};
  if (settings === undefined) return layer;
  if (settings.failOn !== undefined) layer.fail_on = settings.failOn;
  if (settings.formats !== undefined) layer.formats = [...settings.formats];
  if (settings.minConfidence !== undefined) layer.min_confidence = settings.minConfidence;
  if (settings.llm !== undefined) layer.llm = { provider: settings.llm };
  return layer;
}
