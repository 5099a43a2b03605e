import { CodeGuardianError } from "../core/errors.js";
import type { ReviewStore } from "../core/store.js";
import { LOCAL_ORGANISATION } from "../core/team.js";
import { openStorePool } from "../storage/open-store.js";
import type { ProjectCaches } from "../storage/llm-cache.js";
import type { AppDeps } from "./app-deps.js";
import type { PreparedTarget } from "./prepare-target.js";
import type { ReviewRequest } from "./review-request.js";
import { refuseStoreInsideTarget, storeLocationFor } from "./store-location.js";

/** The store one review uses, and how to let go of it afterwards. */
export interface ReviewStores {
  readonly store: ReviewStore | undefined;
  /**
   * Where the CLI's store is (its caches are opened there); undefined with
   * no store, or with a shared pool, whose caches are in {@link caches}.
   */
  readonly storeLocation: string | undefined;
  /** The project's caches on the shared pool's connections; undefined without a pool. */
  readonly caches: ProjectCaches | undefined;
  /** Closes what this review opened; a shared pool stays open for the next review. */
  close(): Promise<void>;
}

const NONE: ReviewStores = {
  store: undefined,
  storeLocation: undefined,
  caches: undefined,
  close: () => Promise.resolve(),
};

/**
 * The review's store (docs/storage.md, "One store per process"). A
 * long-lived process passes its pool in `deps.shared.stores`: the review
 * takes its organisation's handle and the project's caches from it and opens
 * nothing. Without one (the CLI) the store the request names is opened as a
 * pool for this review alone, migrated, used the same way, and closed again,
 * bound to the implicit local organisation.
 */
export async function openReviewStores(
  request: ReviewRequest,
  deps: AppDeps,
  prepared: PreparedTarget,
): Promise<ReviewStores> {
  const organisation = request.organisation ?? LOCAL_ORGANISATION;
  const pool = deps.shared.stores;
  if (request.store.kind === "none") return NONE;
  if (pool !== undefined) {
    if (request.store.kind === "at") {
      // The process's store is the operator's choice; a request cannot point it at another database.
      throw new CodeGuardianError(
        "CG_USAGE",
        "this process reviews into its own store; a request cannot name another one",
      );
    }
    const store = await pool.forOrganisation(organisation);
    const caches = await pool.caches(organisation, prepared.project.key);
    return { store, storeLocation: undefined, caches, close: () => Promise.resolve() };
  }
  if (organisation !== LOCAL_ORGANISATION) {
    throw new CodeGuardianError(
      "CG_USAGE",
      `a review for organisation ${organisation} needs a shared store pool; without one, reviews belong to the local organisation`,
    );
  }
  const location = await storeLocationFor(
    request.store.kind === "at" ? request.store.location : undefined,
    request.cwd,
    deps.env,
  );
  await refuseStoreInsideTarget(location, prepared.target.root);
  // The same pool a server shares, for this review alone: one connection for the review and its
  // caches (LLM answers, checkpoints, validated fixes), instead of the file opened once per part.
  const own = await openStorePool(location);
  try {
    const store = await own.forOrganisation(LOCAL_ORGANISATION);
    const caches = await own.caches(LOCAL_ORGANISATION, prepared.project.key);
    return { store, storeLocation: location, caches, close: () => own.close() };
  } catch (error) {
    await own.close();
    throw error;
  }
}
