import { z } from "zod";
import { CATEGORIES } from "../core/category.js";
import { COMPLETENESS, REVIEW_STATES } from "../core/review.js";
import { FINDING_STATUSES } from "../core/service-store.js";
import { SEVERITIES } from "../core/severity.js";
import { API_SCOPES, ROLES } from "../core/team.js";
import { errorBody } from "./error-reply.js";

/** Request and response shapes of the API; the OpenAPI document is generated from them (docs/server.md). */

/** Text a person typed: no control characters (PostgreSQL refuses NUL, and logs should stay one line). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;
export function text(max: number) {
  return z
    .string()
    .min(1)
    .max(max)
    .refine((value) => !CONTROL.test(value), "control characters are not allowed");
}

export const severity = z.enum(SEVERITIES);
export const role = z.enum(ROLES);
export const id = z.string().min(1).max(200);
export const apiScope = z.enum(API_SCOPES);

export const projectSettings = z
  .object({
    failOn: severity.optional(),
    minConfidence: z.number().min(0).max(1).optional(),
    llm: z
      .string()
      .regex(/^(off|[a-z0-9-]+:[A-Za-z0-9._:/-]+)$/, "off, or provider:model")
      .optional(),
  })
  .strict();

export const project = z.object({
  id: z.string(),
  name: z.string(),
  key: z.string(),
  repositoryUrl: z.string(),
  provider: z.enum(["local", "git", "github", "gitlab"]),
  settings: projectSettings,
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const createProjectBody = z
  .object({
    name: text(200),
    /** A git URL on the operator's allow-list, or an absolute directory under one of the operator's roots. */
    repository: text(2000),
    settings: projectSettings.default({}),
  })
  .strict();

export const scope = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("full") }).strict(),
  z
    .object({
      kind: z.literal("diff"),
      base: z
        .string()
        .min(1)
        .max(250)
        .regex(/^[A-Za-z0-9._/-]+$/, "a branch, tag or commit")
        .refine((ref) => !ref.startsWith("-"), "a ref cannot start with '-'"),
    })
    .strict(),
]);

export const createReviewBody = z
  .object({
    projectId: id,
    scope: scope.default({ kind: "full" }),
  })
  .strict();

export const reviewAccepted = z.object({ id: z.string(), state: z.literal("queued") });

export const reviewSummary = z.object({
  id: z.string(),
  projectId: z.string(),
  state: z.enum(REVIEW_STATES),
  completeness: z.enum(COMPLETENESS).optional(),
  scope,
  requestedAt: z.string().optional(),
  startedAt: z.string().optional(),
  completedAt: z.string().optional(),
  durationMs: z.number().optional(),
  total: z.number().optional(),
  bySeverity: z.record(severity, z.number()).optional(),
  score: z.number().optional(),
  newCount: z.number().optional(),
  fixedCount: z.number().optional(),
});

/** `a,b` or repeated parameters, for filters. */
const commaList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(",")).filter((v) => v !== ""));

export const findingsQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    after: z.coerce.number().int().min(-1).optional(),
    severity: commaList.pipe(z.array(severity).max(20)).optional(),
    category: commaList.pipe(z.array(z.enum(CATEGORIES)).max(20)).optional(),
    status: commaList.pipe(z.array(z.enum(FINDING_STATUSES)).max(4)).optional(),
    file: z.string().min(1).max(1000).optional(),
  })
  .strict();

export const finding = z.object({
  fingerprint: z.string(),
  ruleId: z.string(),
  file: z.string(),
  line: z.number(),
  endLine: z.number(),
  severity,
  category: z.enum(CATEGORIES),
  title: z.string(),
  description: z.string(),
  recommendation: z.string(),
  cwe: z.array(z.string()),
  confidence: z.number(),
  snippet: z.string(),
  sources: z.array(z.string()),
  isNew: z.boolean(),
  status: z.enum(FINDING_STATUSES),
  position: z.number(),
});

export const findingsPage = z.object({
  findings: z.array(finding),
  /** Pass as `after` to read the next page; absent on the last page. */
  next: z.number().optional(),
});

export const dismissBody = z.object({ reason: text(1000) }).strict();
export const dismissal = z.object({
  fingerprint: z.string(),
  by: z.string(),
  reason: z.string(),
  at: z.string(),
});

const position = z.object({ line: z.number(), column: z.number() });
export const oneFix = z.object({
  fingerprint: z.string(),
  /** proven, model-checked, rejected, or none (nothing deterministic fixes it, or its file moved on). */
  status: z.enum(["proven", "model-checked", "rejected", "none"]),
  reason: z.string().optional(),
  validation: z
    .object({
      status: z.enum(["proven", "model-checked", "rejected"]),
      applies: z.boolean(),
      parses: z.boolean(),
      findingGone: z.boolean(),
      noNewFindings: z.boolean(),
      recheckedWith: z.string().optional(),
      reasons: z.array(z.string()),
    })
    .optional(),
  fix: z
    .object({
      description: z.string(),
      applicability: z.string(),
      edits: z.array(z.object({ range: z.object({ start: position, end: position }), text: z.string() })),
    })
    .optional(),
  diff: z.string().optional(),
});

export const acknowledgeBody = z.object({ note: text(1000).optional() }).strict();
export const acknowledgement = z.object({
  fingerprint: z.string(),
  by: z.string(),
  note: z.string().optional(),
  at: z.string(),
});

export const trendsQuery = z
  .object({
    days: z.coerce.number().int().min(1).max(366).default(30),
    /** One point per stored review, or per UTC day (that day's last review). */
    by: z.enum(["review", "day"]).default("review"),
  })
  .strict();
export const trendPoint = z.object({
  reviewId: z.string(),
  completedAt: z.string(),
  /** The UTC day, when grouped by day. */
  day: z.string().optional(),
  /** Reviews completed that day, when grouped by day. */
  reviews: z.number().optional(),
  scope: z.enum(["full", "diff"]),
  score: z.number(),
  total: z.number(),
  bySeverity: z.record(severity, z.number()),
});
export const trends = z.object({
  projectId: z.string(),
  since: z.string(),
  by: z.enum(["review", "day"]),
  points: z.array(trendPoint),
});

export const usageQuery = z.object({ days: z.coerce.number().int().min(1).max(366).default(30) }).strict();
export const usage = z.object({
  since: z.string(),
  requester: z.string(),
  reviews: z.number(),
  byState: z.record(z.enum(REVIEW_STATES), z.number()),
  llmTokens: z.number(),
  llmCostCents: z.number(),
});

export const member = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role,
  since: z.string(),
});
export const addMemberBody = z
  .object({
    email: z.string().min(3).max(254),
    /** The user's name when the address is new to this server. */
    name: text(200).optional(),
    role,
  })
  .strict();
export const changeMemberBody = z.object({ role }).strict();
export const memberParams = z.object({ userId: id }).strict();

export const apiKeyRecord = z.object({
  id: z.string(),
  name: z.string(),
  role,
  prefix: z.string(),
  /** Absent: every scope the role allows. */
  scopes: z.array(apiScope).optional(),
  userId: z.string().optional(),
  createdAt: z.string(),
  lastUsedAt: z.string().optional(),
  revokedAt: z.string().optional(),
});

export const createApiKeyBody = z
  .object({
    name: text(200),
    role,
    /** false: a key of the organisation itself (a CI robot), not acting for the caller. */
    forMe: z.boolean().default(true),
    /** Limits the key further than its role; absent for every scope (docs/server.md, "API key scopes"). */
    scopes: z.array(apiScope).max(API_SCOPES.length).optional(),
  })
  .strict();

export const createdApiKey = z.object({
  /** Shown once: only its hash is stored. */
  key: z.string(),
  record: apiKeyRecord,
});

export const me = z.object({
  organisation: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  role,
  via: z.enum(["api-key", "jwt", "ticket"]),
  user: z.object({ id: z.string(), email: z.string(), name: z.string() }).optional(),
  apiKey: z.object({ id: z.string(), name: z.string(), prefix: z.string() }).optional(),
});

export const reviewParams = z.object({ id }).strict();
export const findingParams = z.object({ id, fingerprint: z.string().min(1).max(200) }).strict();

/** The error responses every authenticated route can give. */
export const authErrors = { 401: errorBody, 403: errorBody, 404: errorBody, 429: errorBody } as const;
