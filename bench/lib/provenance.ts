/**
 * Which commit added a blind batch and which last changed the rules. Issue 13
 * asks that the held-out batch be written after the last rule change, so its
 * figures measure rules that never saw it. Only the newest batch is held out:
 * once it has been measured and a newer one is written for the next claim, it
 * joins the earlier ones as development data (docs/benchmarks.md, "Blind
 * corpora"). Batch 1 was written for development from the start.
 */
import { spawnSync } from "node:child_process";

export interface Provenance {
  readonly batch: string;
  /** Short hash of the last commit that changed the batch folder; undefined when not committed. */
  readonly added: string | undefined;
  /** Short hash of the last commit that changed src/rules. */
  readonly rulesChanged: string | undefined;
  /** True when the rules commit is an ancestor of (or equal to) the batch commit. */
  readonly batchIsLater: boolean | undefined;
}

/** The newest batch, from batch 2 on, is the held-out measure and must follow the last rule change. */
export function mustFollowRules(batch: string, newest: string): boolean {
  return batch === newest && batch !== "batch1";
}

export function renderProvenance(p: Provenance, newest: string): string {
  const added = p.added ?? "not committed";
  const rules = p.rulesChanged ?? "unknown";
  const order =
    p.batchIsLater === undefined
      ? "order unknown"
      : p.batchIsLater
        ? "added after the last rule change"
        : "added BEFORE the last rule change";
  const verdict = mustFollowRules(p.batch, newest)
    ? p.batchIsLater === true
      ? "held out: valid measure"
      : "NOT a valid held-out measure (it must be added after the last rule change)"
    : "development batch";
  return `${p.batch}: added by ${added}; rules last changed by ${rules}; ${order}; ${verdict}`;
}

function git(cwd: string, args: readonly string[]): { ok: boolean; out: string } {
  const result = spawnSync("git", args, { cwd, encoding: "utf8" });
  return { ok: result.status === 0, out: (result.stdout ?? "").trim() };
}

/** Reads the provenance of `batchPath` and `rulesPath` (both relative to the repository at `cwd`). */
export function readProvenance(cwd: string, batch: string, batchPath: string, rulesPath: string): Provenance {
  const last = (path: string): string | undefined =>
    git(cwd, ["log", "-1", "--format=%h", "--", path]).out || undefined;
  const added = last(batchPath);
  const rulesChanged = last(rulesPath);
  // Ancestry, not dates: a merge can carry an older rule change in after a batch.
  const batchIsLater =
    added === undefined || rulesChanged === undefined
      ? undefined
      : git(cwd, ["merge-base", "--is-ancestor", rulesChanged, added]).ok;
  return { batch, added, rulesChanged, batchIsLater };
}
