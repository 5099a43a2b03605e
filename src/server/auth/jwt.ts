import { readFile, stat } from "node:fs/promises";
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from "jose";
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
  readonly jwksFile: string;
}

export interface JwtIdentity {
  readonly issuer: string;
  readonly subject: string;
}

const ALGORITHMS = ["RS256"];

/** The JWKS file's keys, read again only when its modification time or size changes. */
export class JwksFile {
  private cached: { readonly stamp: string; readonly keys: JWTVerifyGetKey } | undefined;

  constructor(private readonly path: string) {}

  async keys(): Promise<JWTVerifyGetKey> {
    const info = await stat(this.path).catch((error: unknown) => {
      throw new CodeGuardianError("CG_CONFIG_INVALID", `Cannot read the JWKS file ${this.path}.`, {
        cause: error,
      });
    });
    const stamp = `${info.mtimeMs}:${info.size}`;
    if (this.cached?.stamp === stamp) return this.cached.keys;
    let keys: JWTVerifyGetKey;
    try {
      keys = createLocalJWKSet(JSON.parse(await readFile(this.path, "utf8")) as JSONWebKeySet);
    } catch (error) {
      throw new CodeGuardianError("CG_INTERNAL", `The JWKS file ${this.path} is not a valid key set.`, {
        cause: error,
      });
    }
    this.cached = { stamp, keys };
    return keys;
  }
}

export async function verifyJwt(token: string, settings: JwtSettings, jwks: JwksFile): Promise<JwtIdentity> {
  const keys = await jwks.keys();
  try {
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
  } catch (error) {
    // jose's codes (ERR_JWT_EXPIRED, ERR_JWKS_NO_MATCHING_KEY, ...) say why without showing the token.
    const why =
      typeof error === "object" && error !== null && "code" in error ? String(error.code) : "invalid token";
    throw new CodeGuardianError("CG_AUTH_REQUIRED", `The bearer token was refused (${why}).`);
  }
}
