import { readFile, stat } from "node:fs/promises";
import {
  createLocalJWKSet,
  importJWK,
  jwtVerify,
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
} from "jose";
import { CodeGuardianError } from "../../core/errors.js";

/**
 * JSON Web Tokens from the operator's identity provider (docs/server.md,
 * "Authentication"). Only RS256 is accepted, whatever the token's header
 * says: `none`, and HS256 "signed" with the public key, are refused before
 * any key is used. The issuer and audience must match, `exp` is required,
 * and `nbf` is honoured when present. The token says who the user is
 * (`iss` + `sub`); what they may do comes only from the store.
 */
export interface JwtSettings {
  readonly issuer: string;
  readonly audience: string;
  /** A JWKS document the operator maintains; re-read when it changes, so keys rotate without a restart. */
  readonly jwksFile?: string;
  /**
   * Or the identity provider's JWKS URL: fetched when first needed, again
   * after `maxAgeMs`, and at once for a token whose `kid` it does not know,
   * at most once per `minIntervalMs` (so unknown kids cannot make us hammer it).
   */
  readonly jwksUrl?: string;
  readonly jwksUrlTiming?: Partial<JwksUrlTiming>;
}

export interface JwksUrlTiming {
  readonly minIntervalMs: number;
  readonly maxAgeMs: number;
  readonly timeoutMs: number;
  readonly now: () => number;
}

const DEFAULT_URL_TIMING: JwksUrlTiming = {
  minIntervalMs: 30_000,
  maxAgeMs: 10 * 60_000,
  timeoutMs: 5_000,
  now: () => Date.now(),
};

/**
 * Where the verification keys come from; `refresh` fetches again when a token
 * names an unknown key. A source that has had good keys keeps them while its
 * file or URL turns unreadable or invalid (a half-written rotation, a provider
 * outage), and says so through `warn`, so a mistake there neither locks every
 * user out nor goes unnoticed.
 */
export interface JwksSource {
  keys(warn?: (message: string) => void): Promise<JWTVerifyGetKey>;
  /** True when the keys were fetched again (a retry may now succeed). */
  refresh?(warn?: (message: string) => void): Promise<boolean>;
}

/** The key source the settings name: a URL, else a file. */
export function jwksSource(settings: JwtSettings): JwksSource {
  if (settings.jwksUrl !== undefined) return new JwksUrl(settings.jwksUrl, settings.jwksUrlTiming);
  if (settings.jwksFile !== undefined) return new JwksFile(settings.jwksFile);
  throw new CodeGuardianError("CG_CONFIG_INVALID", "JWT settings name neither a JWKS file nor a JWKS URL.");
}

export interface JwtIdentity {
  readonly issuer: string;
  readonly subject: string;
}

const ALGORITHMS = ["RS256"];

/** The JWKS file's keys, read again only when its modification time or size changes. */
export class JwksFile implements JwksSource {
  private cached: { readonly stamp: string; readonly keys: JWTVerifyGetKey } | undefined;
  /** The last stamp that failed to load, so a broken file is read (and reported) once, not per request. */
  private broken: { readonly stamp: string; readonly problem: string } | undefined;

  constructor(private readonly path: string) {}

  async keys(warn?: (message: string) => void): Promise<JWTVerifyGetKey> {
    let stamp: string;
    try {
      const info = await stat(this.path);
      stamp = `${info.mtimeMs}:${info.size}`;
    } catch (error) {
      return this.stale("missing", `cannot be read (${codeOf(error) ?? "unreadable"})`, error, warn);
    }
    if (this.cached?.stamp === stamp) return this.cached.keys;
    if (this.broken?.stamp === stamp) return this.stale(stamp, this.broken.problem, undefined, warn);
    let text: string;
    try {
      text = await readFile(this.path, "utf8");
    } catch (error) {
      return this.stale(stamp, `cannot be read (${codeOf(error) ?? "unreadable"})`, error, warn);
    }
    let keys: JWTVerifyGetKey;
    try {
      keys = createLocalJWKSet(JSON.parse(text) as JSONWebKeySet);
    } catch (error) {
      return this.stale(stamp, "is not a valid key set", error, warn);
    }
    this.cached = { stamp, keys };
    this.broken = undefined;
    return keys;
  }

  private stale(
    stamp: string,
    problem: string,
    cause: unknown,
    warn: ((message: string) => void) | undefined,
  ): JWTVerifyGetKey {
    const first = this.broken?.stamp !== stamp;
    this.broken = { stamp, problem };
    const message = `The JWKS file ${this.path} ${problem}`;
    if (this.cached === undefined) {
      throw new CodeGuardianError("CG_AUTH_UNAVAILABLE", `${message}; no keys were loaded before it.`, {
        ...(cause === undefined ? {} : { cause }),
      });
    }
    if (first) warn?.(`${message}; the keys it held before stay in use until it is fixed.`);
    return this.cached.keys;
  }
}

/**
 * The JWKS file checked once when `serve` starts (docs/server.md,
 * "Running"): readable, JSON, a key set, with at least one public RSA key
 * for RS256 and no private key. A mistake there is the operator's, named
 * with the file at start-up, rather than a 500 on the first token.
 */
export async function checkJwksFile(path: string): Promise<void> {
  const invalid = (what: string, cause?: unknown): CodeGuardianError =>
    new CodeGuardianError("CG_CONFIG_INVALID", `The JWKS file ${path} ${what}.`, {
      hint: 'It must hold the identity provider\'s public keys as a JSON Web Key Set: {"keys": [{"kty": "RSA", "kid": …, "n": …, "e": …}]}.',
      ...(cause === undefined ? {} : { cause }),
    });
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw invalid(`cannot be read (${codeOf(error) ?? "unreadable"})`, error);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw invalid("is not JSON", error);
  }
  const keys = keysOf(parsed);
  if (keys === undefined) throw invalid('is not a key set (no "keys" array of objects)');
  if (keys.some((key) => "d" in key)) {
    throw invalid('holds a private key (a "d" member); publish only the public halves');
  }
  const signing = keys.filter(
    (key) => key.kty === "RSA" && (key.alg ?? "RS256") === "RS256" && (key.use ?? "sig") === "sig",
  );
  if (signing.length === 0) throw invalid("holds no RSA key for RS256 signatures");
  for (const [n, key] of signing.entries()) {
    await importJWK(key, "RS256").catch((error: unknown) => {
      throw invalid(`has an RSA key that cannot be used (${key.kid ?? `number ${n + 1}`})`, error);
    });
  }
}

function keysOf(parsed: unknown): readonly JWK[] | undefined {
  if (typeof parsed !== "object" || parsed === null || !("keys" in parsed)) return undefined;
  const keys: unknown = parsed.keys;
  if (!Array.isArray(keys)) return undefined;
  return keys.every((key) => typeof key === "object" && key !== null && !Array.isArray(key))
    ? (keys as JWK[])
    : undefined;
}

/**
 * A JWKS URL the operator may name: https, or plain http only to this
 * machine (a provider on loopback, as in tests); keys fetched in the clear
 * over a network could be swapped by anyone on the path.
 */
export function jwksUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${url} is not a URL`;
  }
  if (parsed.protocol === "https:") return undefined;
  const loopback = ["localhost", "[::1]"].includes(parsed.hostname) || /^127\./.test(parsed.hostname);
  if (parsed.protocol === "http:" && loopback) return undefined;
  return `${url} must be an https:// URL (plain http only to localhost)`;
}

/** The identity provider's published keys, fetched over HTTP(S) (see {@link JwtSettings.jwksUrl}). */
export class JwksUrl implements JwksSource {
  private cached: { readonly keys: JWTVerifyGetKey; readonly at: number } | undefined;
  private fetching: Promise<JWTVerifyGetKey> | undefined;
  private readonly timing: JwksUrlTiming;

  constructor(
    private readonly url: string,
    timing: Partial<JwksUrlTiming> = {},
  ) {
    this.timing = { ...DEFAULT_URL_TIMING, ...timing };
  }

  async keys(warn?: (message: string) => void): Promise<JWTVerifyGetKey> {
    const cached = this.cached;
    if (cached !== undefined && this.timing.now() - cached.at < this.timing.maxAgeMs) return cached.keys;
    return this.fetchOnce(warn);
  }

  async refresh(warn?: (message: string) => void): Promise<boolean> {
    const cached = this.cached;
    if (cached !== undefined && this.timing.now() - cached.at < this.timing.minIntervalMs) return false;
    await this.fetchOnce(warn);
    return true;
  }

  /** Concurrent requests share one fetch. */
  private fetchOnce(warn: ((message: string) => void) | undefined): Promise<JWTVerifyGetKey> {
    this.fetching ??= this.fetchKeys(warn).finally(() => {
      this.fetching = undefined;
    });
    return this.fetching;
  }

  private async fetchKeys(warn: ((message: string) => void) | undefined): Promise<JWTVerifyGetKey> {
    try {
      const response = await fetch(this.url, {
        signal: AbortSignal.timeout(this.timing.timeoutMs),
        redirect: "error",
        headers: { accept: "application/json" },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const keys = createLocalJWKSet((await response.json()) as JSONWebKeySet);
      this.cached = { keys, at: this.timing.now() };
      return keys;
    } catch (error) {
      // Keys fetched earlier stay in use while the provider is unreachable; the next try waits a full interval.
      const reason = error instanceof Error ? error.message : String(error);
      if (this.cached !== undefined) {
        this.cached = { keys: this.cached.keys, at: this.timing.now() };
        warn?.(`Cannot fetch the JWKS from ${this.url} (${reason}); the keys fetched before stay in use.`);
        return this.cached.keys;
      }
      throw new CodeGuardianError(
        "CG_AUTH_UNAVAILABLE",
        `Cannot fetch the JWKS from ${this.url} (${reason}).`,
        {
          cause: error,
        },
      );
    }
  }
}

export async function verifyJwt(
  token: string,
  settings: JwtSettings,
  jwks: JwksSource,
  warn?: (message: string) => void,
): Promise<JwtIdentity> {
  // A key source that cannot be read is the server's failure (503), not the token's.
  const keys = await jwks.keys(warn);
  try {
    return await verifyWith(token, settings, keys);
  } catch (error) {
    // A key the provider rotated in since the last fetch: fetch again (rate-limited by the source) and retry once.
    if (
      codeOf(error) === "ERR_JWKS_NO_MATCHING_KEY" &&
      jwks.refresh !== undefined &&
      (await jwks.refresh(warn))
    ) {
      return verifyWith(token, settings, await jwks.keys(warn)).catch((again: unknown) => {
        throw refusal(again);
      });
    }
    throw refusal(error);
  }
}

function codeOf(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}

function refusal(error: unknown): CodeGuardianError {
  // jose's codes (ERR_JWT_EXPIRED, ERR_JWKS_NO_MATCHING_KEY, ...) say why without showing the token.
  return new CodeGuardianError(
    "CG_AUTH_REQUIRED",
    `The bearer token was refused (${codeOf(error) ?? "invalid token"}).`,
  );
}

async function verifyWith(token: string, settings: JwtSettings, keys: JWTVerifyGetKey): Promise<JwtIdentity> {
  const { payload } = await jwtVerify(token, keys, {
    algorithms: ALGORITHMS,
    issuer: settings.issuer,
    audience: settings.audience,
    requiredClaims: ["exp", "sub"],
  });
  if (typeof payload.sub !== "string" || payload.sub === "" || typeof payload.iss !== "string") {
    throw new Error("the token names no subject");
  }
  return { issuer: payload.iss, subject: payload.sub };
}
