import { EXIT, type ExitCode } from "../core/errors.js";
import type { Dismissal } from "../core/team.js";
import { processEnv } from "../platform/env.js";
import { openReviewStore, sqliteFileAbsent } from "../storage/open-store.js";
import { refuseStoreInsideTarget, storeLocationFor } from "../app/store-location.js";
import { locate } from "./history-command.js";
import type { Io } from "./io.js";
import { tableCell, tableMinute, textTable } from "./text-table.js";

/** `codeguardian dismissals [target]`: the project's dismissed fingerprints, with who, when and why. */
export async function dismissalsCommand(
  target: string | undefined,
  options: { readonly db?: string; readonly json?: boolean },
  io: Io,
): Promise<ExitCode> {
  const { project, root } = await locate(target, io.cwd);
  const location = await storeLocationFor(options.db, io.cwd, io.env ?? processEnv());
  if (root !== undefined) await refuseStoreInsideTarget(location, root);
  if (sqliteFileAbsent(location)) {
    io.stdout.write(options.json ? "[]\n" : "No dismissals recorded for this target.\n");
    return EXIT.ok;
  }
  // Listing never writes: a store in a folder the user may not write still lists.
  const store = await openReviewStore(location, { readOnly: true });
  try {
    const dismissals = [...(await store.dismissals(project)).values()].sort(
      (a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0) || (a.fingerprint < b.fingerprint ? -1 : 1),
    );
    io.stdout.write(options.json ? `${JSON.stringify(dismissals, null, 2)}\n` : renderTable(dismissals));
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

/** Newest first; a reason's line breaks and control characters are shown, never obeyed. */
function renderTable(dismissals: readonly Dismissal[]): string {
  if (dismissals.length === 0) return "No dismissals recorded for this target.\n";
  const rows = dismissals.map((d) => [
    d.fingerprint,
    tableMinute(d.at),
    tableCell(d.by),
    tableCell(d.reason),
  ]);
  const header = ["fingerprint", "dismissed", "by", "reason"];
  return textTable(header, rows);
}
