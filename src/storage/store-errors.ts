import { CodeGuardianError, isCodeGuardianError, type ErrorCode } from "../core/errors.js";

/** The store failures an operator can do something about, each with its own code and words (docs/storage.md). */
export type StoreFailure = Extract<
  ErrorCode,
  | "CG_STORE_DISK_FULL"
  | "CG_STORE_READ_ONLY"
  | "CG_STORE_DAMAGED"
  | "CG_STORE_NOT_A_FILE"
  | "CG_STORE_UNREACHABLE"
  | "CG_STORE_FAILED"
>;

const HINTS: Readonly<Record<StoreFailure, string>> = {
  CG_STORE_DISK_FULL:
    "The disk holding the review store is full: free some space, or point --db at another disk.",
  CG_STORE_READ_ONLY:
    "The database file or its folder is not writable: fix the permissions, or point --db at a writable place.",
  CG_STORE_DAMAGED:
    "The database file is damaged: restore it from a backup, or move it aside to start a fresh history.",
  CG_STORE_NOT_A_FILE: "Point --db at a file (it is created if missing), not at a directory or device.",
  CG_STORE_UNREACHABLE:
    "Check that the PostgreSQL server is running and that the user, password and database name in the URL are right.",
  CG_STORE_FAILED: "Check the database, or point the store at a fresh one.",
};

const PG_UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "EHOSTUNREACH", "ECONNRESET"]);
/** PostgreSQL's SQLSTATEs for a refused login or a database that does not exist. */
const PG_LOGIN = new Set(["28P01", "28000", "3D000"]);
/**
 * The server shutting down, crashed or still starting (SQLSTATE class 57P):
 * a query in flight when PostgreSQL stops fails with one of these, and the
 * first connections after a restart with the last.
 */
const PG_GOING_AWAY = new Set(["57P01", "57P02", "57P03"]);

/** A driver's or the file system's error code (`SQLITE_FULL`, `ENOSPC`, a SQLSTATE), or "". */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
}

/** Which named failure a driver or file-system error is, from its code first and its message second. */
export function classifyStoreFailure(error: unknown): StoreFailure {
  const code = errorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (code === "SQLITE_FULL" || code === "ENOSPC" || /disk is full|ENOSPC/i.test(detail)) {
    return "CG_STORE_DISK_FULL";
  }
  if (
    code.startsWith("SQLITE_READONLY") ||
    ["EACCES", "EPERM", "EROFS"].includes(code) ||
    /readonly database|read-only file system/i.test(detail)
  ) {
    return "CG_STORE_READ_ONLY";
  }
  if (
    code.startsWith("SQLITE_CORRUPT") ||
    code === "SQLITE_NOTADB" ||
    /malformed|file is not a database/i.test(detail)
  ) {
    return "CG_STORE_DAMAGED";
  }
  if (code === "EISDIR" || /is a directory|not a regular file/i.test(detail)) return "CG_STORE_NOT_A_FILE";
  if (
    PG_UNREACHABLE.has(code) ||
    PG_LOGIN.has(code) ||
    PG_GOING_AWAY.has(code) ||
    // pg's own words when the socket closes under a query; it sets no code.
    /password authentication failed|^Connection terminated/i.test(detail)
  ) {
    return "CG_STORE_UNREACHABLE";
  }
  return "CG_STORE_FAILED";
}

const WHAT: Readonly<Record<StoreFailure, string>> = {
  CG_STORE_DISK_FULL: "no space left on the device",
  CG_STORE_READ_ONLY: "the database or its folder is read-only",
  CG_STORE_DAMAGED: "the database is damaged",
  CG_STORE_NOT_A_FILE: "it is not a regular file",
  CG_STORE_UNREACHABLE: "the database server cannot be reached or refused the login",
  CG_STORE_FAILED: "",
};

/** The words a named failure adds to a message ("" for the unnamed one, whose driver text stands alone). */
export function failureWords(failure: StoreFailure): string {
  return WHAT[failure];
}

/**
 * Turns a driver error into a catalogued one that names the store, what was
 * being done and which of the named failures it is, keeping the original as
 * `cause`. Errors already in the catalogue pass through unchanged.
 */
export function storeError(action: string, where: string, error: unknown): CodeGuardianError {
  if (isCodeGuardianError(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  const failure = classifyStoreFailure(error);
  const what = WHAT[failure];
  return new CodeGuardianError(
    failure,
    `Review store ${where}: could not ${action}: ${what === "" ? detail : `${what} (${detail})`}`,
    { hint: HINTS[failure], cause: error },
  );
}

/** What the user can do about a database error, judged from its message. */
export function hintFor(detail: string): string {
  if (/busy|locked/i.test(detail)) {
    return "Another process is holding the database; retry when it has finished.";
  }
  return HINTS[classifyStoreFailure(new Error(detail))];
}
