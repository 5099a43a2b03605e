import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import Database from "better-sqlite3";
import type { z } from "zod";
import { CodeGuardianError } from "../core/errors.js";
import type { Review } from "../core/review.js";
import type { ProjectRef } from "../core/store.js";
import { findingRow, projectRow, reviewDocument, reviewRow, storedFix } from "./history-import-schema.js";
import { LOCAL_ORGANISATION } from "../core/team.js";
import { rowsToReview, type FindingRow } from "./review-rows.js";
import { upgradeStoredFields } from "./review-upgrade.js";
import { problemsWith } from "./validate-review.js";

export interface ImportedReview {
  readonly project: ProjectRef;
  readonly review: Review;
}

function invalid(file: string, what: string): CodeGuardianError {
  return new CodeGuardianError("CG_IMPORT_INVALID", `${file}: ${what}; nothing was imported`, {
    hint: "Only a history written by CodeGuardian, unaltered, can be imported.",
  });
}

function checked<T>(schema: z.ZodType<T>, row: unknown, file: string, where: string): T {
  const result = schema.safeParse(row);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const at = issue === undefined || issue.path.length === 0 ? "" : `${issue.path.join(".")}: `;
  throw invalid(file, `${where} is not valid (${at}${issue?.message ?? "invalid"})`);
}

/**
 * Reads the reviews and findings of an old history file (an in-tree
 * `.codeguardian/codeguardian.db` or a per-URL file) for import, validating
 * every row and refusing at the first invalid one. The file is never opened
 * in place: a private copy is read. Caches (LLM answers, checkpoints, fixes)
 * are not read at all: they decide verdicts and fixes, so they are never taken
 * from a file whose origin is unknown. `rekey` maps an old project key to the
 * project identity it now has (docs/storage.md).
 */
export async function readHistoryForImport(
  file: string,
  rekey: (oldKey: string) => Promise<string>,
): Promise<ImportedReview[]> {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (stat === undefined) throw invalid(file, "no such file");
  if (!stat.isFile()) throw invalid(file, "not a regular file");
  const copyDir = mkdtempSync(join(tmpdir(), "codeguardian-import-"));
  try {
    const copy = join(copyDir, basename(file));
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    const rows = readRows(copy, file);
    return await toReviews(rows, file, rekey);
  } finally {
    rmSync(copyDir, { recursive: true, force: true });
  }
}

interface RawRows {
  readonly projects: unknown[];
  readonly reviews: unknown[];
  readonly findings: unknown[];
}

function readRows(copy: string, file: string): RawRows {
  let raw: Database.Database;
  try {
    raw = new Database(copy, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw invalid(file, `not a SQLite database (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    const tables = new Set(
      (raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (t) => t.name,
      ),
    );
    for (const table of ["projects", "reviews", "findings"]) {
      if (!tables.has(table)) throw invalid(file, `not a CodeGuardian history (no ${table} table)`);
    }
    return {
      projects: raw.prepare("SELECT * FROM projects ORDER BY created_at, id").all(),
      reviews: raw.prepare("SELECT * FROM reviews ORDER BY started_at, id").all(),
      findings: raw.prepare("SELECT * FROM findings ORDER BY review_id, position").all(),
    };
  } catch (error) {
    if (error instanceof CodeGuardianError) throw error;
    throw invalid(file, `unreadable (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    raw.close();
  }
}

async function toReviews(
  rows: RawRows,
  file: string,
  rekey: (oldKey: string) => Promise<string>,
): Promise<ImportedReview[]> {
  const projects = new Map<string, ProjectRef>();
  for (const [n, row] of rows.projects.entries()) {
    const p = checked(projectRow, row, file, `projects row ${n + 1}`);
    projects.set(p.id, {
      key: await rekey(p.key),
      name: p.name,
      repositoryUrl: p.repository_url,
      provider: p.provider,
    });
  }
  const findingsOf = new Map<string, FindingRow[]>();
  for (const [n, row] of rows.findings.entries()) {
    const f = checked(findingRow, row, file, `findings row ${n + 1}`);
    if (f.suggested_fix !== null) {
      checked(storedFix, JSON.parse(f.suggested_fix), file, `findings row ${n + 1} (suggested_fix)`);
    }
    const list = findingsOf.get(f.review_id) ?? [];
    list.push({ ...f, organisation_id: LOCAL_ORGANISATION });
    findingsOf.set(f.review_id, list);
  }
  const reviews: ImportedReview[] = [];
  for (const [n, row] of rows.reviews.entries()) {
    const where = `reviews row ${n + 1}`;
    const r = checked(reviewRow, row, file, where);
    const project = projects.get(r.project_id);
    if (project === undefined) throw invalid(file, `${where} names a project the file does not hold`);
    const document = checked(reviewDocument, JSON.parse(r.document), file, `${where} (document)`);
    let review: Review;
    try {
      // Only the columns every version wrote are read; state and completeness come from the
      // document, or for an older one from `status` (review-upgrade.ts).
      const { state, completeness } = upgradeStoredFields(document, r.status);
      const current = {
        ...r,
        state,
        completeness,
        organisation_id: LOCAL_ORGANISATION,
        scope_kind: "full",
        base_ref: null,
        requested_by: null,
      };
      review = rowsToReview(current, findingsOf.get(r.id) ?? []);
    } catch (error) {
      throw invalid(file, `${where}: ${error instanceof Error ? error.message : String(error)}`);
    }
    findingsOf.delete(r.id);
    const problems = problemsWith(project, review);
    if (problems.length > 0) throw invalid(file, `${where}: ${problems.join("; ")}`);
    reviews.push({ project, review });
  }
  const orphan = [...findingsOf.keys()][0];
  if (orphan !== undefined)
    throw invalid(file, `findings name review ${orphan}, which the file does not hold`);
  return reviews;
}
