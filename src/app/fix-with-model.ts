import type { Review } from "../core/review.js";
import type { FixCache } from "../core/fix.js";
import type { FixCheckOptions } from "../platform/fix-checks.js";
import { packageVersion } from "../platform/version.js";
import { BUILTIN_RULES } from "../rules/registry.js";
import { DraftMemo } from "../fixes/recheck.js";
import { openLlmStore, type LlmStore } from "../storage/llm-cache.js";
import { proveReviewFixes, type ProvenFixes } from "./fix-stage.js";
import type { LlmAnalysers } from "./llm-setup.js";

/**
 * The fix stage with the model's help, when LLM review is on: proposals for
 * findings without a fix and re-checks for LLM-only findings, both through
 * the review's router, budget and cache. `use` runs while the caches and the
 * model are still at hand (applying fixes one by one may re-check them).
 * What the calls cost is added to the review's LLM usage.
 */
export async function proveWithModel<T>(
  review: Review,
  checks: FixCheckOptions,
  context: FixStageContext | undefined,
  limit: number,
  /** One line at a time for the person watching (what the model's fixes cost). */
  log: (line: string) => void,
  use: (proven: ProvenFixes) => Promise<T>,
  signal?: AbortSignal,
): Promise<{ result: T; review: Review }> {
  // One memo: masking secrets for the model and validating fixes run the same rules on the same texts.
  const memo = new DraftMemo(BUILTIN_RULES);
  const fixer =
    limit > 0
      ? context?.llm.fixer?.({
          redactions: (file) => memo.secretsOf(file),
          ...(signal === undefined ? {} : { signal }),
        })
      : undefined;
  const result = await withFixCache(context, log, async (cache) => {
    const proven = await proveReviewFixes(review, checks, {
      memo,
      ...(cache ? { cache } : {}),
      ...(fixer ? { propose: fixer.propose, modelRecheck: fixer.recheck, proposeLimit: limit } : {}),
      ...(signal === undefined ? {} : { signal }),
    });
    if (fixer) {
      const used = fixer.usage();
      const passed = [...fixer.proposedFor()].filter(
        (fingerprint) =>
          (proven.plan.outcomes.get(fingerprint)?.validation.status ?? "rejected") !== "rejected",
      ).length;
      log(
        `codeguardian: asked the model for ${used.asked} fix(es): ${used.proposed} proposed, ${passed} passed the ladder, ${used.rechecks} re-check(s); ${used.tokens} tokens, ${used.costCents.toFixed(2)}¢`,
      );
    }
    return use(proven);
  });
  if (!fixer) return { result, review };
  const used = fixer.usage();
  const before = review.llm;
  return {
    result,
    review: {
      ...review,
      llm: {
        ...before,
        tokens: before.tokens + used.tokens,
        costCents: before.costCents + used.costCents,
        calls: (before.calls ?? 0) + used.calls,
        cachedCalls: (before.cachedCalls ?? 0) + used.cachedCalls,
        // The shared budget's own per-model tally: agents, fixes and re-checks, a fallback model included.
        ...(Object.keys(used.models).length > 0 ? { models: used.models } : {}),
      },
    },
  };
}

/** What the review leaves the fix stage: its LLM session and where its caches are. */
export interface FixStageContext {
  readonly llm: Pick<LlmAnalysers, "fixer" | "fixCache">;
  /** Undefined with --no-store: fixes are then cached for this run only. */
  readonly storeLocation: string | undefined;
  /** The project identity the fix cache's rows are filed under. */
  readonly project: string;
  /** false with --no-cache. */
  readonly cache: boolean;
  /** The review's cancel signal. */
  readonly signal?: AbortSignal;
}

/**
 * Runs the stage with the store's cache of validated fixes, scoped to this
 * build so an upgrade's rules never reuse an old verdict: through the LLM
 * session's open store when there is one, otherwise opened here. A cache that
 * will not open costs only speed: the stage runs without it, with a note.
 */
async function withFixCache<T>(
  context: FixStageContext | undefined,
  log: (line: string) => void,
  run: (cache: FixCache | undefined) => Promise<T>,
): Promise<T> {
  if (context === undefined || !context.cache) return run(undefined);
  const location = context.storeLocation;
  const scope = `codeguardian ${packageVersion()}`;
  const open = context.llm.fixCache;
  if (open) return run(open(scope));
  if (location === undefined) return run(undefined);
  let store: LlmStore;
  try {
    store = await openLlmStore(location, { project: context.project });
  } catch (error) {
    log(
      `codeguardian: validating fixes without the fix cache: ${error instanceof Error ? error.message : String(error)}`,
    );
    return run(undefined);
  }
  try {
    return await run(store.fixes(scope));
  } finally {
    await store.close();
  }
}
