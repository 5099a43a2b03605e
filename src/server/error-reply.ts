import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { z } from "zod";
import { CodeGuardianError, type ErrorCode } from "../core/errors.js";
import { HTTP_STATUS } from "./error-status.js";

/** The one error shape of every response (docs/server.md, "Errors"). */
export const errorBody = z
  .object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "Error" });
export type ErrorBody = z.infer<typeof errorBody>;

export interface ErrorReply {
  readonly status: number;
  readonly body: ErrorBody;
  /** The error is the server's fault: log it, and tell the client no more than its title. */
  readonly internal: boolean;
}

/** Maps anything a route or fastify threw to a status and the one error shape. */
export function errorReply(error: unknown): ErrorReply {
  if (error instanceof CodeGuardianError) return fromCatalogue(error);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((issue) => ({
      where: `${error.validationContext ?? "request"}${issue.instancePath}`,
      message: issue.message ?? "invalid",
    }));
    return reply("CG_REQUEST_INVALID", "The request does not match the API's schema.", { issues });
  }
  const status = statusCodeOf(error);
  if (status === 413)
    return reply("CG_BODY_TOO_LARGE", "The request body is larger than this server accepts.");
  // fastify's own client errors: malformed JSON, an unsupported content type, a bad header.
  if (status !== undefined && status >= 400 && status < 500) {
    return reply("CG_REQUEST_INVALID", error instanceof Error ? error.message : "The request is invalid.");
  }
  return { ...reply("CG_INTERNAL", "Internal error"), internal: true };
}

function fromCatalogue(error: CodeGuardianError): ErrorReply {
  const status = HTTP_STATUS[error.code];
  // A server-side failure's message can name files or hosts of the server: the log keeps it.
  if (status >= 500) return { ...reply(error.code, error.title), internal: true };
  return reply(error.code, error.message, error.hint === undefined ? {} : { hint: error.hint });
}

function reply(code: ErrorCode, message: string, details: Record<string, unknown> = {}): ErrorReply {
  return { status: HTTP_STATUS[code], body: { code, message, details }, internal: false };
}

function statusCodeOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null || !("statusCode" in error)) return undefined;
  return typeof error.statusCode === "number" ? error.statusCode : undefined;
}
