import { isCategory } from "../core/category.js";
import { COMPLETENESS, isCompleteness, isReviewState, REVIEW_STATES, type Review } from "../core/review.js";
import { isSeverity } from "../core/severity.js";
import type { ProjectRef } from "../core/store.js";

/** At most this many problems are named; the rest are counted. */
const MAX_NAMED = 5;

/** A UTF-16 surrogate without its partner: UTF-8 databases cannot store it faithfully. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What would make a review unstorable, or stored differently from what was
 * given: checked before writing so both databases refuse the same reviews
 * with the same message, instead of SQLite silently replacing a character
 * PostgreSQL rejects (NUL, lone surrogates) or PostgreSQL keeping a NaN that
 * SQLite turns into NULL. Returns human-readable problems, empty when fine.
 */
export function problemsWith(project: ProjectRef, review: Review): string[] {
  const problems: string[] = [];
  if (project.key.trim() === "") problems.push("the project key is empty");
  if (review.id.trim() === "") problems.push("the review id is empty");
  // The type says these are known values; a review built from untrusted JSON may still carry others.
  const { state, completeness } = review as { state: unknown; completeness: unknown };
  if (!isReviewState(state))
    problems.push(`state "${String(state)}" is not one of ${REVIEW_STATES.join(", ")}`);
  if (!isCompleteness(completeness))
    problems.push(`completeness "${String(completeness)}" is not one of ${COMPLETENESS.join(", ")}`);
  for (const name of ["startedAt", "completedAt"] as const) {
    if (Number.isNaN(Date.parse(review[name]))) problems.push(`${name} "${review[name]}" is not a date`);
  }
  review.findings.forEach((finding, n) => {
    if (!isSeverity(finding.severity))
      problems.push(`findings[${n}].severity "${String(finding.severity)}" is unknown`);
    if (!isCategory(finding.category))
      problems.push(`findings[${n}].category "${String(finding.category)}" is unknown`);
  });
  walk({ project, review }, "", problems);
  if (problems.length <= MAX_NAMED) return problems;
  return [...problems.slice(0, MAX_NAMED), `${problems.length - MAX_NAMED} more`];
}

/** Why a piece of text cannot be stored faithfully on both databases, or undefined. */
export function unstorableText(value: string): string | undefined {
  if (value.includes("\u0000")) return "contains a NUL character";
  if (LONE_SURROGATE.test(value)) return "contains an unpaired UTF-16 surrogate";
  return undefined;
}

function walk(value: unknown, path: string, problems: string[]): void {
  if (typeof value === "string") {
    if (value.includes("\u0000")) problems.push(`${path} contains a NUL character`);
    if (LONE_SURROGATE.test(value)) problems.push(`${path} contains an unpaired UTF-16 surrogate`);
  } else if (typeof value === "number") {
    if (!Number.isFinite(value)) problems.push(`${path} is ${value}, not a finite number`);
  } else if (Array.isArray(value)) {
    value.forEach((item, n) => walk(item, `${path}[${n}]`, problems));
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes("\u0000") || LONE_SURROGATE.test(key)) problems.push(`${path} has an unstorable key`);
      walk(item, path === "" ? key : `${path}.${key}`, problems);
    }
  }
}
