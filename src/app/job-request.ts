import { z } from "zod";
import type { ReviewRequest } from "./review-request.js";
import { CodeGuardianError } from "../core/errors.js";

/**
 * What a queued review asks for (the job's `request`, written by whoever
 * enqueued it): the parts of a ReviewRequest a requester chooses. Where the
 * review is recorded is the worker's choice, never the job's.
 */
const JobRequestSchema = z.strictObject({
  targets: z.array(z.string().min(1)).max(64),
  cwd: z.string().min(1),
  configFile: z.string().min(1).optional(),
  settings: z
    .strictObject({
      failOn: z.string().optional(),
      formats: z.array(z.string()).optional(),
      minConfidence: z.number().min(0).max(1).optional(),
      llm: z.string().optional(),
    })
    .optional(),
  diff: z.strictObject({ base: z.string().min(1), wholeFiles: z.boolean() }).optional(),
  baseline: z.boolean().default(true),
  requestedBy: z
    .strictObject({
      kind: z.enum(["cli", "api", "webhook", "schedule"]),
      id: z.string().optional(),
      name: z.string().optional(),
    })
    .default({ kind: "api" }),
});

export type JobRequest = z.input<typeof JobRequestSchema>;

/**
 * The app layer's request for a job. The review is recorded by the worker in
 * the job's organisation (src/app/review-job.ts), so the use case
 * itself opens no store of its own.
 */
export function reviewRequestOf(reviewId: string, request: unknown): ReviewRequest {
  const parsed = JobRequestSchema.safeParse(request);
  if (!parsed.success) {
    throw new CodeGuardianError(
      "CG_USAGE",
      `Job ${reviewId} has an invalid review request: ${z.prettifyError(parsed.error)}`,
    );
  }
  const { configFile, settings, diff, ...rest } = parsed.data;
  return {
    ...rest,
    ...(configFile === undefined ? {} : { configFile }),
    ...(settings === undefined ? {} : { settings: withoutUndefined(settings) }),
    ...(diff === undefined ? {} : { diff }),
    store: { kind: "none" },
    record: false,
    cache: false,
  };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
