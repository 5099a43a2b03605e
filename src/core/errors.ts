/**
 * The error catalogue. Every error the user can meet has a code, an exit code
 * and, where one helps, a hint. Anything not in here is an internal error
 * (exit 3) and shows a stack only with --debug.
 */
export const EXIT = {
  ok: 0,
  findings: 1,
  usage: 2,
  internal: 3,
  incomplete: 4,
  /**
   * The review store could not be opened, read or written (disk full, read-only,
   * damaged, unreachable). A review that ran has still printed or written its report.
   */
  store: 5,
  /**
   * The review was cancelled (Ctrl-C, a server's cancel request): 128 + SIGINT,
   * the shell's convention, so scripts see the same status as an interrupted command.
   */
  cancelled: 130,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

const CATALOGUE = {
  CG_USAGE: { exit: EXIT.usage, title: "Invalid usage" },
  CG_CONFIG_INVALID: { exit: EXIT.usage, title: "Invalid configuration" },
  CG_CONFIG_OPERATOR_ONLY: { exit: EXIT.usage, title: "Setting not allowed in a repository config" },
  CG_TARGET_MISSING: { exit: EXIT.usage, title: "Target not found" },
  CG_TARGET_INVALID: { exit: EXIT.usage, title: "Invalid target" },
  CG_GIT_URL_FORBIDDEN: { exit: EXIT.usage, title: "Git URL not allowed" },
  CG_GIT_CLONE_FAILED: { exit: EXIT.usage, title: "Git clone failed" },
  CG_GIT_DIFF_FAILED: { exit: EXIT.usage, title: "Git diff failed" },
  CG_UNSAFE_PATH: { exit: EXIT.usage, title: "Unsafe path in the repository" },
  CG_STORE_FAILED: { exit: EXIT.store, title: "Review store error" },
  CG_STORE_DISK_FULL: { exit: EXIT.store, title: "No space left for the review store" },
  CG_STORE_READ_ONLY: { exit: EXIT.store, title: "Review store is read-only" },
  CG_STORE_DAMAGED: { exit: EXIT.store, title: "Review store is damaged" },
  CG_STORE_NOT_A_FILE: { exit: EXIT.store, title: "Review store path is not a file" },
  CG_STORE_UNREACHABLE: { exit: EXIT.store, title: "Review store server unreachable" },
  CG_STORE_INSIDE_TARGET: { exit: EXIT.usage, title: "Review store inside the reviewed repository" },
  CG_TEAM_INVALID: { exit: EXIT.usage, title: "Invalid organisation, user, key or dismissal" },
  CG_TEAM_CONFLICT: { exit: EXIT.usage, title: "Already exists" },
  CG_TEAM_NOT_FOUND: { exit: EXIT.usage, title: "No such organisation, user or key" },
  CG_RESUME_INVALID: { exit: EXIT.usage, title: "Cannot resume that review" },
  CG_IMPORT_INVALID: { exit: EXIT.usage, title: "History file cannot be imported" },
  CG_REVIEW_NOT_FOUND: { exit: EXIT.usage, title: "Review not found" },
  CG_OUTPUT_FAILED: { exit: EXIT.usage, title: "Cannot write output" },
  CG_CANCELLED: { exit: EXIT.cancelled, title: "Review cancelled" },
  CG_RULES_WORKER_FAILED: { exit: EXIT.internal, title: "Rule worker could not start" },
  CG_RULES_POOL_CLOSED: { exit: EXIT.internal, title: "Rules pool closed" },
  CG_AUTH_REQUIRED: { exit: EXIT.usage, title: "Authentication required" },
  CG_AUTH_UNAVAILABLE: { exit: EXIT.internal, title: "Token verification keys unavailable" },
  CG_FORBIDDEN: { exit: EXIT.usage, title: "Not allowed for this role" },
  CG_SCOPE_MISSING: { exit: EXIT.usage, title: "Outside the API key's scopes" },
  CG_LAST_OWNER: { exit: EXIT.usage, title: "An organisation keeps at least one owner" },
  CG_NOT_FOUND: { exit: EXIT.usage, title: "Not found" },
  CG_REQUEST_INVALID: { exit: EXIT.usage, title: "Invalid request" },
  CG_BODY_TOO_LARGE: { exit: EXIT.usage, title: "Request body too large" },
  CG_RATE_LIMITED: { exit: EXIT.usage, title: "Too many requests" },
  CG_REVIEW_FINAL: { exit: EXIT.usage, title: "Review already final" },
  CG_REPOSITORY_NOT_ALLOWED: { exit: EXIT.usage, title: "Repository not allowed on this server" },
  CG_INTERNAL: { exit: EXIT.internal, title: "Internal error" },
} as const;

export type ErrorCode = keyof typeof CATALOGUE;

/** Every code of the catalogue, for front ends that map each one (the HTTP status table's meta-test). */
export const ERROR_CODES = Object.keys(CATALOGUE) as readonly ErrorCode[];

export class CodeGuardianError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: ExitCode;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "CodeGuardianError";
    this.code = code;
    this.exitCode = CATALOGUE[code].exit;
    this.hint = options.hint;
  }

  get title(): string {
    return CATALOGUE[this.code].title;
  }
}

export function isCodeGuardianError(error: unknown): error is CodeGuardianError {
  return error instanceof CodeGuardianError;
}

/** The one error a cancelled review, or any stage of it, ends with (docs/ARCHITECTURE.md, "Cancellation"). */
export function cancelledError(what: string): CodeGuardianError {
  return new CodeGuardianError("CG_CANCELLED", `${what} was cancelled`);
}

/** Throws {@link cancelledError} once `signal` has aborted; between steps of work that must stop. */
export function throwIfCancelled(signal: AbortSignal | undefined, what: string): void {
  if (signal?.aborted === true) throw cancelledError(what);
}

export function isCancelled(error: unknown): boolean {
  return error instanceof CodeGuardianError && error.code === "CG_CANCELLED";
}
