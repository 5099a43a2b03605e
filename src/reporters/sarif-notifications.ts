import type { Notification, ReportingDescriptor } from "sarif";
import { NAMED_SKIP_REASONS, type Review } from "../core/review.js";
import { artifactLocation } from "./sarif-location.js";
import { repositoryDisablesText } from "./report-facts.js";

/**
 * Descriptors for what the tool says about its own run (not about the code),
 * referenced by id and index from `toolExecutionNotifications`.
 */
export const NOTIFICATION_DESCRIPTORS: readonly ReportingDescriptor[] = [
  notification(
    "CG1001",
    "AnalyserFailed",
    "An analyser failed; its findings are missing.",
    "The review is incomplete: fix the analyser's installation or configuration named in the message and run the review again.",
  ),
  notification(
    "CG1002",
    "AnalyserTimedOut",
    "An analyser timed out; its findings are missing.",
    "The review is incomplete: raise the analyser's timeout_seconds or narrow the scope, then run the review again.",
  ),
  notification(
    "CG1003",
    "AnalyserUnavailable",
    "An analyser could not run here.",
    "Install the tool or configure it; until then its checks are not part of the review.",
  ),
  notification(
    "CG1004",
    "FileSkipped",
    "A file could not be analysed.",
    "The file was binary, too large, unreadable, not valid UTF-8 or a symbolic link leaving the repository; nothing in it was checked.",
  ),
  notification(
    "CG1005",
    "AnalyserNotice",
    "A message from an analyser.",
    "Read the message; it may explain missing findings.",
  ),
];

function notification(id: string, name: string, short: string, help: string): ReportingDescriptor {
  return {
    id,
    name,
    shortDescription: { text: short },
    fullDescription: { text: `${short} ${help}` },
    help: { text: help },
  };
}

function descriptor(id: string): { id: string; index: number } {
  return { id, index: NOTIFICATION_DESCRIPTORS.findIndex((d) => d.id === id) };
}

/** Skipped files named one by one; past this a single notification counts the rest (keeps logs uploadable). */
export const SKIPPED_NOTIFIED = 1000;

const NOTICE_LEVEL = { info: "note", warning: "warning", error: "error" } as const;

/** Failed, timed-out and unavailable analysers, notices, and files that could not be read. */
export function executionNotifications(review: Review): Notification[] {
  const out: Notification[] = [];
  for (const a of review.analysers) {
    const suffix = a.message === undefined ? "" : `: ${a.message}`;
    if (a.status === "failed") {
      out.push({
        level: "error",
        message: { text: `${a.id} failed${suffix}` },
        descriptor: descriptor("CG1001"),
        properties: { analyser: a.id },
      });
    } else if (a.status === "timed-out") {
      out.push({
        level: "error",
        message: { text: `${a.id} timed out${suffix}` },
        descriptor: descriptor("CG1002"),
        properties: { analyser: a.id },
      });
    } else if (a.status === "unavailable") {
      out.push({
        level: "note",
        message: { text: `${a.id} unavailable${suffix}` },
        descriptor: descriptor("CG1003"),
        properties: { analyser: a.id },
      });
    }
  }
  for (const n of review.notices) {
    const note: Notification = {
      level: NOTICE_LEVEL[n.level],
      message: { text: `${n.analyser}: ${n.message}` },
      descriptor: descriptor("CG1005"),
      properties: { analyser: n.analyser },
    };
    if (n.file !== undefined)
      note.locations = [{ physicalLocation: { artifactLocation: artifactLocation(n.file) } }];
    out.push(note);
  }
  const named = review.skipped.filter((s) => NAMED_SKIP_REASONS.includes(s.reason));
  for (const s of named.slice(0, SKIPPED_NOTIFIED)) {
    out.push({
      level: "warning",
      message: { text: `Skipped (${s.reason})${s.detail === undefined ? "" : `: ${s.detail}`}` },
      descriptor: descriptor("CG1004"),
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(s.path) } }],
      properties: { reason: s.reason },
    });
  }
  if (named.length > SKIPPED_NOTIFIED) {
    out.push({
      level: "warning",
      message: {
        text: `${named.length - SKIPPED_NOTIFIED} more files could not be analysed; the JSON report lists them all.`,
      },
      descriptor: descriptor("CG1004"),
    });
  }
  return out;
}

/**
 * What the reviewed repository's config switched off (or tried to), as a
 * configuration notification: a reader of the log sees the review was narrowed
 * by the code under review.
 */
export function configurationNotifications(
  review: Review,
): { toolConfigurationNotifications: Notification[] } | Record<string, never> {
  const text = repositoryDisablesText(review);
  if (text === undefined) return {};
  return {
    toolConfigurationNotifications: [
      {
        level: review.disabledByRepository?.ignored === true ? "note" : "warning",
        message: { text },
        properties: { disabledByRepository: { ...review.disabledByRepository } },
      },
    ],
  };
}
