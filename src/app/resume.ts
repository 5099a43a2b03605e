import { CodeGuardianError } from "../core/errors.js";
import type { ProjectRef, ReviewStore } from "../core/store.js";

/** Review ids are version 4 UUIDs (randomUUID); anything else is refused before it reaches the store. */
const REVIEW_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

function refuse(message: string, hint: string): CodeGuardianError {
  return new CodeGuardianError("CG_RESUME_INVALID", message, { hint });
}

/**
 * `--resume <id>` continues an interrupted review of this project and nothing
 * else: a malformed id, --no-store, another project's review or one that
 * completed are refused, so a finished review is never overwritten. Whether
 * the id has unfinished LLM steps is checked where the checkpoints are
 * (app/llm-setup.ts).
 */
export async function checkResumable(
  id: string,
  store: ReviewStore | undefined,
  project: ProjectRef,
): Promise<void> {
  if (!REVIEW_ID.test(id)) {
    throw refuse(
      `--resume needs a review id (a UUID such as 177646c0-9a2e-444a-b1f9-6327d386de22), not "${id.slice(0, 80)}"`,
      "The id of an interrupted review is printed when it is interrupted, and by `codeguardian history`.",
    );
  }
  if (store === undefined) {
    throw refuse(
      "--resume cannot be combined with --no-store: the interrupted review's steps are in the store",
      "Leave out --no-store.",
    );
  }
  const stored = await store.reviewStatus(id);
  if (stored === undefined) return;
  if (stored.projectKey !== project.key) {
    throw refuse(
      `review ${id} belongs to another project (${stored.projectKey}), not to ${project.key}`,
      "Resume a review of the same repository.",
    );
  }
  if (stored.status === "completed") {
    throw refuse(
      `review ${id} completed; there is nothing to resume, and resuming would overwrite it`,
      "Run the review again without --resume for a new one.",
    );
  }
}
