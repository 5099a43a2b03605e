import { CodeGuardianError, isCodeGuardianError } from "../core/errors.js";

/**
 * Turns a driver error into a catalogued one that names the store and what
 * was being done, keeping the original as `cause`. Errors already in the
 * catalogue pass through unchanged.
 */
export function storeError(action: string, where: string, error: unknown): CodeGuardianError {
  if (isCodeGuardianError(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new CodeGuardianError("CG_STORE_FAILED", `Review store ${where}: could not ${action}: ${detail}`, {
    hint: hintFor(detail),
    cause: error,
  });
}

/** What the user can do about a database error, judged from its message. */
export function hintFor(detail: string): string {
  if (/malformed|not a database|corrupt/i.test(detail)) {
    return "The database file is damaged: restore it from a backup, or move it aside to start a fresh history.";
  }
  if (/busy|locked/i.test(detail)) {
    return "Another process is holding the database; retry when it has finished.";
  }
  if (/readonly|read-only|permission|EACCES/i.test(detail)) {
    return "Check that the database file and its folder are writable.";
  }
  if (/role .* does not exist|database .* does not exist|password authentication/i.test(detail)) {
    return "Check the user, password and database name in the store URL.";
  }
  if (/ECONNREFUSED|ENOTFOUND|ETIMEDOUT|connect/i.test(detail)) {
    return "Check that the database server is running and the URL is right.";
  }
  return "Check the database, or point the store at a fresh one.";
}
