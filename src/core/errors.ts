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
  CG_STORE_FAILED: { exit: EXIT.internal, title: "Review store error" },
  CG_REVIEW_NOT_FOUND: { exit: EXIT.usage, title: "Review not found" },
  CG_ANALYSIS_CANCELLED: { exit: EXIT.incomplete, title: "Analysis cancelled" },
  CG_RULES_WORKER_FAILED: { exit: EXIT.internal, title: "Rule worker could not start" },
  CG_RULES_POOL_CLOSED: { exit: EXIT.internal, title: "Rules pool closed" },
  CG_INTERNAL: { exit: EXIT.internal, title: "Internal error" },
} as const;

export type ErrorCode = keyof typeof CATALOGUE;

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
