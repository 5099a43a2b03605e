import { runGit } from "./run-git.js";

/** Files git tracks although an ignore rule matches them, and the directories holding them. */
export interface TrackedIgnored {
  readonly files: ReadonlySet<string>;
  readonly dirs: ReadonlySet<string>;
}

export const NONE_TRACKED: TrackedIgnored = { files: new Set(), dirs: new Set() };

/**
 * Ignore rules do not apply to files git already tracks: a `.env` committed
 * before `.env` was added to .gitignore is still in the repository, and is
 * exactly what a reviewer must see. Paths are relative to `root`. When git
 * cannot answer (not installed, repository not trusted) nothing is exempted,
 * which is the plain .gitignore behaviour.
 *
 * Every tracked file is listed, not only the ignored ones: the walk asks only
 * about paths its own ignore rules matched, so the answer is the same, and
 * git does not open the repository's ignore files itself (it would block on
 * a `.gitignore` that is a FIFO; discovery reads them as data, see safe-fs).
 */
export async function trackedButIgnored(root: string): Promise<TrackedIgnored> {
  const result = await runGit(["ls-files", "-z", "--cached"], {
    cwd: root,
    timeoutMs: 30_000,
  }).catch(() => undefined);
  if (result?.exitCode !== 0 || result.truncated) return NONE_TRACKED;
  const files = new Set(result.stdout.split("\0").filter((path) => path !== ""));
  const dirs = new Set<string>();
  for (const file of files) {
    for (let slash = file.indexOf("/"); slash !== -1; slash = file.indexOf("/", slash + 1)) {
      dirs.add(file.slice(0, slash));
    }
  }
  return { files, dirs };
}
