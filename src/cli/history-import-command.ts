import { isAbsolute, resolve } from "node:path";
import { EXIT, type ExitCode } from "../core/errors.js";
import { processEnv } from "../platform/env.js";
import { isGitUrl } from "../platform/git.js";
import { localProjectIdentity, urlProjectIdentity } from "../platform/project-identity.js";
import { readHistoryForImport } from "../storage/history-import.js";
import { openReviewStore } from "../storage/open-store.js";
import type { Io } from "./io.js";
import { storeLocationFor } from "../app/store-location.js";

/**
 * `codeguardian history import <file>`: copies the reviews and findings of an
 * old history (an in-tree `.codeguardian/codeguardian.db`, an old per-URL
 * file) into the review store, after every row passed validation; one
 * invalid row and nothing is imported. Caches are never imported.
 */
export async function historyImportCommand(
  file: string,
  options: { db?: string },
  io: Io,
): Promise<ExitCode> {
  const source = resolve(io.cwd, file);
  const entries = await readHistoryForImport(source, rekey);
  const store = await openReviewStore(await storeLocationFor(options.db, io.cwd, processEnv()));
  try {
    await store.saveReviews(entries);
  } finally {
    await store.close();
  }
  const projects = new Set(entries.map((e) => e.project.key)).size;
  io.stderr.write(
    `codeguardian: imported ${entries.length} review${entries.length === 1 ? "" : "s"} of ${projects} project${projects === 1 ? "" : "s"} from ${source}; its caches were not imported\n`,
  );
  return EXIT.ok;
}

/** Old keys were a git URL or an absolute path; today's key is the project identity (docs/storage.md). */
async function rekey(oldKey: string): Promise<string> {
  if (isGitUrl(oldKey)) return urlProjectIdentity(oldKey).key;
  if (isAbsolute(oldKey)) return (await localProjectIdentity(oldKey)).key;
  return oldKey;
}
