import { resolve } from "node:path";
import type { ResolvedConfig } from "../core/config.js";
import { CodeGuardianError, isCancelled, isCodeGuardianError } from "../core/errors.js";
import type { Review, ReviewScope } from "../core/review.js";
import { ReviewCancelledError } from "../pipeline/cancelled.js";
import { cancelledReview } from "./cancelled-review.js";
import type { ReviewStore } from "../core/store.js";
import { runReview, type DiffInput } from "../pipeline/run-review.js";
import { readBaseline } from "../platform/baseline-file.js";
import { changedFiles } from "../platform/git.js";
import type { AppDeps } from "./app-deps.js";
import { createAnalysers } from "./analysers.js";
import { setUpLlmAnalysers, type LlmAnalysers } from "./llm-setup.js";
import { loadOperatorLayers, loadReviewConfig, operatorConfig } from "./load-config.js";
import { prepareTarget, type PreparedTarget } from "./prepare-target.js";
import { checkResumable } from "./resume.js";
import { settingsLayer, type ReviewRequest } from "./review-request.js";
import { openReviewStores } from "./review-stores.js";
import { discoverScope } from "./review-scope.js";
import { ignoredHistoryNotices } from "./store-location.js";

/** What a use case does around the review itself (the fix stage, usage checks). */
export interface ReviewHooks {
  /** After the configuration is resolved, before anything runs (usage checks). */
  readonly beforeRun?: (config: ResolvedConfig, target: PreparedTarget) => void;
  /**
   * After the review, while the LLM session is still open and before the
   * review is stored: the fix stage, whose records are stored with it.
   */
  readonly afterRun?: (review: Review, context: AfterRunContext) => Promise<Review>;
}

export interface AfterRunContext {
  readonly llm: LlmAnalysers;
  /** The review store's location (the fix cache lives beside the LLM cache there); undefined with no store. */
  readonly storeLocation: string | undefined;
  /** The project identity the caches are filed under. */
  readonly project: string;
  /** Whether caches in the store may be used. */
  readonly cache: boolean;
  /** The review's cancel signal: the fix stage stops between fixes and kills its checks. */
  readonly signal?: AbortSignal;
}

export interface PerformedReview {
  readonly review: Review;
  readonly config: ResolvedConfig;
  readonly target: PreparedTarget;
  /** Why the finished review could not be recorded; the front end reports it after the report is out. */
  readonly saveError?: CodeGuardianError;
}

/** A `beforeRun` for uses that write into the repository: a git URL is refused before the review runs. */
export function localTargetOnly(why: string): NonNullable<ReviewHooks["beforeRun"]> {
  return (_config, prepared) => {
    if (prepared.target.kind !== "path") throw new CodeGuardianError("CG_USAGE", why);
  };
}

/**
 * The review use case: resolves the target and configuration, runs the
 * pipeline on the shared rules pool, runs the caller's fix stage, records
 * the review, and cleans up a temporary clone. Writes to no terminal and
 * reads no process state: the front end passes everything in `deps`.
 */
export async function reviewProject(
  request: ReviewRequest,
  deps: AppDeps,
  hooks: ReviewHooks = {},
): Promise<PerformedReview> {
  const { rulesPool } = deps.shared;
  const layers = await loadOperatorLayers(deps.env, settingsLayer(request.settings));
  const operator = operatorConfig(layers);
  // Loading the rules is most of a worker's start-up: let it overlap cloning, config and discovery.
  if (operator.analysers.rules?.enabled !== false) rulesPool.warm(operator.limits.rulesWorkerMemoryMb);
  const prepared = await prepareTarget(request.targets, request.cwd, operator, deps.signal);
  try {
    const { config } = await loadReviewConfig(
      prepared.target.root,
      request.configFile === undefined ? undefined : resolve(request.cwd, request.configFile),
      layers,
    );
    // A repository that lowered the heap ceiling needs a worker started with it.
    if (config.analysers.rules?.enabled !== false) rulesPool.warm(config.limits.rulesWorkerMemoryMb);
    hooks.beforeRun?.(config, prepared);
    const diff =
      request.diff === undefined
        ? undefined
        : await diffInput(prepared.target.root, request.diff.base, request.diff.wholeFiles);
    const baselineRead = request.baseline ? await readBaseline(prepared.target.root) : {};
    const baseline = baselineRead.fingerprints;
    const ignored = await ignoredHistoryNotices(prepared.target.root);
    const stores = await openReviewStores(request, deps, prepared);
    const { store, storeLocation, caches } = stores;
    const reviewId = request.resume ?? deps.newId?.() ?? crypto.randomUUID();
    let llm: LlmAnalysers;
    try {
      if (request.resume !== undefined) await checkResumable(request.resume, store, prepared.project);
      llm = await setUpLlmAnalysers({
        config,
        env: deps.env,
        storeLocation,
        ...(caches ? { caches } : {}),
        project: prepared.project.key,
        cache: request.cache,
        reviewId,
        ...(request.resume === undefined ? {} : { resumeFrom: request.resume }),
        ...(deps.shared.llmGates ? { gates: deps.shared.llmGates } : {}),
        ...(deps.watch ? { onLlmCall: deps.watch.llmCall.bind(deps.watch) } : {}),
      });
    } catch (error) {
      await stores.close();
      throw error;
    }
    for (const message of llm.messages) deps.log(message);
    const scope: ReviewScope = request.diff
      ? { kind: "diff", base: request.diff.base, wholeFiles: request.diff.wholeFiles }
      : { kind: "full" };
    // A cancelled review is recorded as such (never compared against), then the cancel goes on up.
    const recordCancel = async (cancelled: Review): Promise<never> => {
      if (store !== undefined && request.record) await record(store, prepared, cancelled);
      throw new CodeGuardianError("CG_CANCELLED", `review ${reviewId} was cancelled`);
    };
    try {
      // Compared only with a comparable review (docs/storage.md, "Comparison"); dismissed findings are left out, visibly.
      const previous = await store?.latestComparable(prepared.project, scope);
      const dismissals = await store?.dismissals(prepared.project);
      const review = await runReview(
        {
          target: prepared.target,
          config,
          ...(diff ? { diff } : {}),
          ...(previous ? { previous: previous.review } : {}),
          ...(baseline ? { baseline } : {}),
          ...(dismissals !== undefined && dismissals.size > 0 ? { dismissals } : {}),
          requestedBy: request.requestedBy,
        },
        {
          scope: async () => {
            const scope = await discoverScope(
              {
                root: prepared.target.root,
                paths: prepared.paths,
                ...(diff ? { onlyPaths: new Set(diff.changed.keys()) } : {}),
                pool: rulesPool,
              },
              config,
              operator,
            );
            const repositoryNotices = [...ignored, ...(baselineRead.notice ? [baselineRead.notice] : [])];
            return { ...scope, notices: [...repositoryNotices, ...(scope.notices ?? [])] };
          },
          analysers: [...createAnalysers(config, rulesPool), ...llm.analysers],
          progress: watched(deps),
          now: () => deps.clock.now(),
          elapsed: () => deps.clock.elapsed(),
          newId: () => reviewId,
          version: deps.version,
          ...(deps.signal ? { signal: deps.signal } : {}),
        },
      ).catch((error: unknown) => {
        if (!(error instanceof ReviewCancelledError)) throw error;
        return recordCancel(
          cancelledReview(error.progress, {
            id: reviewId,
            target: prepared.target,
            scope,
            requestedBy: request.requestedBy,
            version: deps.version,
            completedAt: deps.clock.now().toISOString(),
          }),
        );
      });
      const finished = hooks.afterRun
        ? await hooks
            .afterRun(review, {
              llm,
              storeLocation,
              project: prepared.project.key,
              cache: request.cache,
              ...(deps.signal ? { signal: deps.signal } : {}),
            })
            .catch((error: unknown) => {
              // The analysis finished; the fix stage was stopped: its findings stand, its fixes do not.
              if (isCancelled(error)) return recordCancel({ ...review, state: "cancelled" });
              throw error;
            })
        : review;
      if (review.completeness !== "incomplete") await llm.completed();
      if (store === undefined || !request.record) return { review: finished, config, target: prepared };
      const saveError = await record(store, prepared, finished);
      return {
        review: finished,
        config,
        target: prepared,
        ...(saveError === undefined ? {} : { saveError }),
      };
    } finally {
      await stores.close();
      await llm.close();
    }
  } finally {
    await prepared.cleanup();
  }
}

/** Saves the review; a failure is returned, not thrown, so the report still goes out first. */
async function record(
  store: ReviewStore,
  prepared: PreparedTarget,
  review: Review,
): Promise<CodeGuardianError | undefined> {
  return store.saveReview(prepared.project, review).then(
    () => undefined,
    (error: unknown) =>
      isCodeGuardianError(error)
        ? error
        : new CodeGuardianError("CG_STORE_FAILED", `Could not save review ${review.id}: ${String(error)}`, {
            cause: error,
          }),
  );
}

/** The front end's progress sink, and the review's watch told the same events. */
function watched(deps: AppDeps): AppDeps["progress"] {
  const { watch, progress } = deps;
  if (watch === undefined) return progress;
  return (event) => {
    watch.progress(event);
    progress(event);
  };
}

async function diffInput(root: string, base: string, wholeFiles: boolean): Promise<DiffInput> {
  const changed = await changedFiles(root, base);
  return { base, changed, wholeFiles };
}
