import { isAbsolute, resolve } from "node:path";
import type { Command } from "commander";
import { CodeGuardianError } from "../core/errors.js";
import { collect, wholeNumber } from "../platform/service-flags.js";
import { jwksUrlProblem, type JwtSettings } from "./auth/jwt.js";
import { DEFAULT_LIMITS, type ServerDeps } from "./server-deps.js";

/** What `serve`'s flags set of the HTTP service itself (docs/server.md, "Running"): auth, CORS, limits. */
export type HttpSettings = Pick<ServerDeps, "jwt" | "corsOrigins" | "limits" | "streamPollMs">;

export interface HttpFlags {
  readonly jwtIssuer?: string;
  readonly jwtAudience?: string;
  readonly jwks?: string;
  readonly corsOrigin: readonly string[];
  readonly bodyLimit: number;
  readonly rateLimit: number;
  readonly organisationRateLimit: number;
  readonly rateWindow: number;
  readonly streamPoll?: number;
}

/** Adds the HTTP service's flags to `serve`; their defaults are the service's (src/server/server-deps.ts). */
export function withHttpOptions(program: Command): Command {
  return program
    .option("--jwt-issuer <iss>", "accept RS256 JWTs from this issuer (with --jwt-audience and --jwks)")
    .option("--jwt-audience <aud>", "the audience those JWTs must name")
    .option(
      "--jwks <file|url>",
      "the issuer's public keys: a JWKS file (re-read when it changes) or an https:// URL",
    )
    .option(
      "--cors-origin <origin>",
      "a browser origin allowed to call the API, e.g. https://console.acme.example (repeatable; none by default)",
      collect,
      [],
    )
    .option(
      "--body-limit <bytes>",
      "largest request body accepted; more is 413",
      wholeNumber("--body-limit", 1024, 64 * 1024 * 1024),
      DEFAULT_LIMITS.bodyBytes,
    )
    .option(
      "--rate-limit <n>",
      "requests one API key (or one JWT user) may make per window",
      wholeNumber("--rate-limit", 1, 10_000_000),
      DEFAULT_LIMITS.requestsPerWindow,
    )
    .option(
      "--organisation-rate-limit <n>",
      "requests all of one organisation's credentials may make together per window",
      wholeNumber("--organisation-rate-limit", 1, 100_000_000),
      DEFAULT_LIMITS.organisationRequestsPerWindow,
    )
    .option(
      "--rate-window <seconds>",
      "the rate limits' window",
      wholeNumber("--rate-window", 1, 86_400),
      DEFAULT_LIMITS.windowMs / 1000,
    )
    .option(
      "--stream-poll <seconds>",
      "how often a progress stream re-reads the store for a review whose worker publishes nothing (5)",
      wholeNumber("--stream-poll", 1, 3600),
    );
}

/**
 * The flags as the service's settings, checked together: the three JWT
 * flags go as one (a half-configured issuer would refuse every token
 * without saying why), origins are origins. A relative JWKS path is taken
 * from `cwd`. Problems are usage errors naming the flag.
 */
export function httpSettingsOf(flags: HttpFlags, cwd: string): HttpSettings {
  return {
    ...jwtOf(flags, cwd),
    corsOrigins: flags.corsOrigin.map(originOf),
    limits: {
      bodyBytes: flags.bodyLimit,
      requestsPerWindow: flags.rateLimit,
      organisationRequestsPerWindow: flags.organisationRateLimit,
      windowMs: flags.rateWindow * 1000,
    },
    ...(flags.streamPoll === undefined ? {} : { streamPollMs: flags.streamPoll * 1000 }),
  };
}

function jwtOf(flags: HttpFlags, cwd: string): { readonly jwt?: JwtSettings } {
  const given = {
    "--jwt-issuer": flags.jwtIssuer,
    "--jwt-audience": flags.jwtAudience,
    "--jwks": flags.jwks,
  };
  const missing = Object.entries(given).filter(([, value]) => value === undefined || value.trim() === "");
  if (missing.length === 3) return {};
  if (missing.length > 0) {
    throw new CodeGuardianError(
      "CG_USAGE",
      `JWT authentication needs --jwt-issuer, --jwt-audience and --jwks together; ${missing.map(([flag]) => flag).join(" and ")} ${missing.length === 1 ? "is" : "are"} missing.`,
    );
  }
  const jwks = String(flags.jwks).trim();
  const base = { issuer: String(flags.jwtIssuer).trim(), audience: String(flags.jwtAudience).trim() };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(jwks)) {
    const problem = jwksUrlProblem(jwks);
    if (problem !== undefined) throw new CodeGuardianError("CG_USAGE", `--jwks: ${problem}.`);
    return { jwt: { ...base, jwksUrl: jwks } };
  }
  return { jwt: { ...base, jwksFile: isAbsolute(jwks) ? jwks : resolve(cwd, jwks) } };
}

/** `https://Console.Acme.example/` → `https://console.acme.example`, as a browser sends it in `Origin`. */
function originOf(given: string): string {
  let url: URL | undefined;
  try {
    url = new URL(given.trim());
  } catch {
    url = undefined;
  }
  const bare =
    url !== undefined &&
    (url.protocol === "https:" || url.protocol === "http:") &&
    url.username === "" &&
    url.password === "" &&
    url.pathname === "/" &&
    url.search === "" &&
    url.hash === "";
  if (url === undefined || !bare) {
    throw new CodeGuardianError(
      "CG_USAGE",
      `--cors-origin must be an origin such as https://console.acme.example (scheme, host and port only), not ${given}.`,
    );
  }
  return url.origin;
}
