import { CodeGuardianError, EXIT, type ExitCode } from "../core/errors.js";
import type { ProjectRef, ReviewListItem } from "../core/store.js";
import { processEnv } from "../platform/env.js";
import { isGitUrl, validateGitUrl } from "../platform/git.js";
import { resolveLocalTarget } from "../platform/target.js";
import { openReviewStore, sqliteFileAbsent } from "../storage/open-store.js";
import type { Io } from "./io.js";
import { gitProject, localProject } from "../app/prepare-target.js";
import { refuseStoreInsideTarget, storeLocationFor } from "../app/store-location.js";
import { textTable } from "./text-table.js";

/** `codeguardian history [target]`: past reviews with their new and fixed counts. */
export async function historyCommand(
  target: string | undefined,
  options: { db?: string; limit: string; json?: boolean },
  io: Io,
): Promise<ExitCode> {
  const limit = Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new CodeGuardianError(
      "CG_USAGE",
      `--limit must be a positive whole number, got "${options.limit}"`,
    );
  }
  const { project, root } = await locate(target, io.cwd);
  const location = await storeLocationFor(options.db, io.cwd, processEnv());
  if (root !== undefined) await refuseStoreInsideTarget(location, root);
  if (sqliteFileAbsent(location)) {
    io.stderr.write(`codeguardian: no review history yet at ${location}\n`);
    if (options.json) io.stdout.write("[]\n");
    return EXIT.ok;
  }
  // Reading never needs to write: a store in a folder the user may not write still lists.
  const store = await openReviewStore(location, { readOnly: true });
  try {
    const items = await store.listReviews(project, limit);
    io.stdout.write(options.json ? `${JSON.stringify(items, null, 2)}\n` : renderTable(items));
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

/** The project a `[target]` argument names (as `review` files it), and its root when it is local. */
export async function locate(
  target: string | undefined,
  cwd: string,
): Promise<{ project: ProjectRef; root?: string }> {
  if (target !== undefined && isGitUrl(target)) {
    const checked = validateGitUrl(target);
    if (!checked.ok) throw new CodeGuardianError("CG_GIT_URL_FORBIDDEN", `${target}: ${checked.reason}`);
    return { project: gitProject(checked.redacted) };
  }
  const local = await resolveLocalTarget(target === undefined ? [] : [target], cwd);
  return { project: await localProject(local.root), root: local.root };
}

function renderTable(items: readonly ReviewListItem[]): string {
  if (items.length === 0) return "No reviews recorded for this target.\n";
  const header = [
    "review",
    "started",
    "status",
    "score",
    "findings",
    "crit",
    "high",
    "new",
    "fixed",
    "duration",
  ];
  const rows = items.map((r) => [
    r.id.slice(0, 8),
    r.startedAt.replace("T", " ").slice(0, 19),
    r.status,
    r.score.toFixed(1),
    String(r.total),
    String(r.bySeverity.critical),
    String(r.bySeverity.high),
    String(r.newCount),
    String(r.fixedCount),
    `${(r.durationMs / 1000).toFixed(1)}s`,
  ]);
  return textTable(header, rows);
}
