import { CodeGuardianError, EXIT, type ExitCode } from "../core/errors.js";
import type { ResolvedFinding, Review } from "../core/review.js";
import type { ProjectRef, ReviewStore } from "../core/store.js";
import { processEnv } from "../platform/env.js";
import { openReviewStore, sqliteFileAbsent } from "../storage/open-store.js";
import { refuseStoreInsideTarget, storeLocationFor } from "../app/store-location.js";
import type { Environment } from "../app/app-deps.js";
import { locate } from "./history-command.js";
import type { Io } from "./io.js";

export interface DismissOptions {
  readonly db?: string;
  readonly reason?: string;
  readonly undo?: boolean;
}

/** A fingerprint as reports print it (32 hex digits), or the start of one (at least 8). */
const FINGERPRINT = /^[0-9a-f]{8,64}$/;

/**
 * `codeguardian dismiss <fingerprint> --reason <text> [target]` and
 * `codeguardian dismiss --undo <fingerprint> [target]`: records (or undoes)
 * that a finding is not worth reporting in the target's project, in the
 * CLI's implicit organisation (docs/storage.md, "Dismissals"). Later reviews
 * leave it out and list it as dismissed, with who, why and when.
 *
 * A fingerprint not in the project's latest review is still dismissed, with
 * a warning: it may belong to a finding of a diff review, a review of another
 * branch, or a finding that will come back; dismissing it is harmless and
 * `codeguardian dismissals` shows it.
 */
export async function dismissCommand(
  fingerprintArg: string,
  target: string | undefined,
  options: DismissOptions,
  io: Io,
): Promise<ExitCode> {
  const env = io.env ?? processEnv();
  const given = fingerprintArg.trim().toLowerCase();
  if (!FINGERPRINT.test(given)) {
    throw new CodeGuardianError(
      "CG_USAGE",
      `"${fingerprintArg}" is not a finding's fingerprint: expected 8 to 64 hexadecimal digits`,
      {
        hint: "The JSON, HTML and SARIF reports (and the terminal report with --verbose) show each finding's fingerprint.",
      },
    );
  }
  const reason = options.reason?.trim() ?? "";
  if (!options.undo && reason === "") {
    throw new CodeGuardianError(
      "CG_USAGE",
      "dismiss needs --reason <text>: say why the finding is not worth reporting",
      {
        hint: 'For example: codeguardian dismiss 3f2a9c1e… --reason "input is validated by the caller"',
      },
    );
  }
  if (options.undo && options.reason !== undefined) {
    throw new CodeGuardianError("CG_USAGE", "--undo takes no --reason: it deletes the dismissal");
  }
  const { project, root } = await locate(target, io.cwd);
  const location = await storeLocationFor(options.db, io.cwd, env);
  if (root !== undefined) await refuseStoreInsideTarget(location, root);
  if (options.undo && sqliteFileAbsent(location)) {
    throw notDismissed(given, project);
  }
  const store = await openReviewStore(location);
  try {
    return options.undo
      ? await undo(store, project, given, io)
      : await record(store, project, given, { by: localUser(env), reason }, io);
  } finally {
    await store.close();
  }
}

/** Who the CLI says dismissed a finding: the local user's login name, else "local". */
export function localUser(env: Environment): string {
  for (const name of [env.USER, env.LOGNAME]) {
    const trimmed = name?.trim();
    if (trimmed) return trimmed;
  }
  return "local";
}

async function record(
  store: ReviewStore,
  project: ProjectRef,
  given: string,
  why: { readonly by: string; readonly reason: string },
  io: Io,
): Promise<ExitCode> {
  const latest = (await store.latestReview(project))?.review;
  const match = latest === undefined ? undefined : findIn(latest, given);
  if (match === "ambiguous") {
    throw new CodeGuardianError(
      "CG_USAGE",
      `${given} starts more than one finding's fingerprint in the latest review`,
      {
        hint: "Give more of the fingerprint.",
      },
    );
  }
  const fingerprint = match?.fingerprint ?? given;
  if (match === undefined && given.length < 32) {
    throw new CodeGuardianError(
      "CG_USAGE",
      `${given} is not the start of any finding's fingerprint in the latest review of ${project.key}`,
      { hint: "Give the whole fingerprint to dismiss a finding the latest review does not have." },
    );
  }
  const dismissal = await store.dismiss(project, fingerprint, why);
  if (match === undefined) {
    io.stderr.write(
      latest === undefined
        ? `codeguardian: warning: ${project.key} has no finished review yet; ${fingerprint} is dismissed for the reviews to come\n`
        : `codeguardian: warning: ${fingerprint} is not a finding of the latest review of ${project.key} (${latest.id}); it is dismissed for the reviews to come\n`,
    );
  }
  const what =
    match === undefined ? fingerprint : `${fingerprint} (${match.ruleId} ${match.file}:${match.line})`;
  io.stdout.write(
    `Dismissed ${what} by ${dismissal.by}: later reviews leave it out and list it as dismissed.\n`,
  );
  return EXIT.ok;
}

async function undo(store: ReviewStore, project: ProjectRef, given: string, io: Io): Promise<ExitCode> {
  const dismissed = [...(await store.dismissals(project)).keys()];
  const matches = dismissed.filter((f) => f === given || (given.length < f.length && f.startsWith(given)));
  const exact = matches.includes(given) ? given : undefined;
  if (exact === undefined && matches.length > 1) {
    throw new CodeGuardianError(
      "CG_USAGE",
      `${given} starts more than one dismissed fingerprint in ${project.key}`,
      {
        hint: "Give more of the fingerprint; codeguardian dismissals lists them.",
      },
    );
  }
  const fingerprint = exact ?? matches[0];
  if (fingerprint === undefined || !(await store.undismiss(project, fingerprint)))
    throw notDismissed(given, project);
  io.stdout.write(`Undid the dismissal of ${fingerprint}: the next review reports it again.\n`);
  return EXIT.ok;
}

function notDismissed(given: string, project: ProjectRef): CodeGuardianError {
  return new CodeGuardianError("CG_USAGE", `${given} is not dismissed in ${project.key}`, {
    hint: "codeguardian dismissals lists the project's dismissals.",
  });
}

/** The finding (or dismissed finding) of a review whose fingerprint is, or starts with, `given`. */
function findIn(review: Review, given: string): ResolvedFinding | "ambiguous" | undefined {
  const all: ResolvedFinding[] = [
    ...review.findings.map((f) => ({
      fingerprint: f.fingerprint,
      ruleId: f.ruleId,
      file: f.file,
      line: f.range.start.line,
      severity: f.severity,
      title: f.title,
    })),
    ...(review.dismissed ?? []),
  ];
  const exact = all.find((f) => f.fingerprint === given);
  if (exact !== undefined) return exact;
  const starting = all.filter((f) => f.fingerprint.startsWith(given));
  const distinct = new Set(starting.map((f) => f.fingerprint));
  if (distinct.size > 1) return "ambiguous";
  return starting[0];
}
