import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger } from "pino";

/** Query parameters that carry a credential (a stream ticket, a key some client put in a URL). */
const SECRET_PARAMS = /([?&](?:ticket|key|api_key|apikey|token|access_token)=)[^&#]*/gi;

/** Where a credential can sit in what fastify and our code log. */
const REDACTED_PATHS = [
  "req.headers.authorization",
  'req.headers["x-api-key"]',
  "req.headers.cookie",
  'req.headers["sec-websocket-protocol"]',
  'res.headers["set-cookie"]',
  "key",
  "apiKey",
  "ticket",
  "token",
  "*.key",
  "*.apiKey",
  "*.ticket",
  "*.token",
];

/** What `--log-level` accepts. */
export const LOG_LEVELS: readonly string[] = ["debug", "info", "warn", "error"];

/** A URL with every credential-bearing query value replaced. */
export function redactUrl(url: string): string {
  return url.replace(SECRET_PARAMS, "$1[Redacted]");
}

interface LoggedRequest {
  readonly id?: unknown;
  readonly method?: string;
  readonly url?: string;
  readonly headers?: Readonly<Record<string, unknown>>;
  readonly ip?: string;
}

/**
 * A pino JSON logger for `serve` and `worker` (docs/server.md, "Logs"):
 * one object a line, credentials redacted by path, and request URLs logged
 * without the values of `ticket=` and similar parameters. `destination`
 * defaults to standard error; tests pass a stream they read.
 */
export function jsonLogger(options: {
  readonly name: string;
  readonly level?: string;
  readonly destination?: DestinationStream;
}): Logger {
  return pino(
    {
      name: options.name,
      level: options.level ?? "info",
      redact: { paths: REDACTED_PATHS, censor: "[Redacted]" },
      serializers: {
        req: (request: LoggedRequest) => ({
          id: request.id,
          method: request.method,
          url: redactUrl(request.url ?? ""),
          remoteAddress: request.ip,
          // Only what helps to follow a request; never its credentials.
          userAgent: request.headers?.["user-agent"],
        }),
      },
    },
    // Synchronous writes: a line logged just before the process exits is not lost.
    options.destination ?? pino.destination({ dest: 2, sync: true }),
  );
}
