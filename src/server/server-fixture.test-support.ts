import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from "jose";
import pg from "pg";
import { finding, review } from "../../test/support/review-builder.js";
import type { RegisteredProject } from "../core/service-store.js";
import { ROLES, type Organisation, type Role } from "../core/team.js";
import { openPostgresPool } from "../storage/postgres.js";
import { IN_MEMORY, openSqlitePool } from "../storage/sqlite.js";
import type { KyselyStorePool } from "../storage/store-pool.js";
import { buildServer } from "./build-server.js";
import { ArrayQueue } from "./memory-queue.test-support.js";
import { DEFAULT_LIMITS, type ServerDeps, type ServerLimits } from "./server-deps.js";

export type StoreKind = "sqlite" | "postgres";
export const PG_URL = "postgres://postgres@127.0.0.1:5432/test";
export const ISSUER = "https://id.example.test";
export const AUDIENCE = "codeguardian-api";
export const KID = "key-2026";

/**
 * A real server on a real store for the API tests: two organisations, a
 * user and an API key for every role in the first, an owner key in the
 * second, a registered project with one stored review in each, and an RSA
 * key pair whose public half is in a JWKS file the server reads.
 */
export interface ServerFixture {
  readonly app: FastifyInstance;
  readonly pool: KyselyStorePool;
  readonly queue: ArrayQueue;
  readonly org: Organisation;
  readonly other: Organisation;
  /** An API key per role in `org`. */
  readonly keys: Readonly<Record<Role, string>>;
  readonly userIds: Readonly<Record<Role, string>>;
  readonly otherOwnerKey: string;
  /** The operator's key, for the /v1/admin routes. */
  readonly operatorKey: string;
  readonly project: RegisteredProject;
  readonly otherProject: RegisteredProject;
  /** A stored review of `project` with 120 findings. */
  readonly reviewId: string;
  readonly otherReviewId: string;
  /** A directory the operator listed as a root for local projects. */
  readonly root: string;
  readonly jwksFile: string;
  /** Signs with the fixture's private key (RS256, kid {@link KID}); `claims` override the defaults. */
  sign(claims?: JWTPayload, header?: { readonly kid?: string }): Promise<string>;
  close(): Promise<void>;
}

export async function serverFixture(
  kind: StoreKind,
  limits: Partial<ServerLimits> = {},
  more: Partial<Pick<ServerDeps, "rateLimitStore" | "jwt">> = {},
): Promise<ServerFixture> {
  const schema = `cg_server_${randomBytes(6).toString("hex")}`;
  const pool =
    kind === "sqlite" ? await openSqlitePool(IN_MEMORY) : await openPostgresPool(PG_URL, { schema });
  const dir = await mkdtemp(join(tmpdir(), "cg-server-"));
  const root = join(dir, "repos");
  await import("node:fs/promises").then((fs) => fs.mkdir(join(root, "app"), { recursive: true }));
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: KID, alg: "RS256", use: "sig" };
  const jwksFile = join(dir, "jwks.json");
  await writeFile(jwksFile, JSON.stringify({ keys: [jwk] }));

  const tag = randomBytes(4).toString("hex");
  const org = await pool.team.createOrganisation({ slug: `acme-${tag}`, name: "Acme" });
  const other = await pool.team.createOrganisation({ slug: `rival-${tag}`, name: "Rival" });
  const keys = {} as Record<Role, string>;
  const userIds = {} as Record<Role, string>;
  for (const role of ROLES) {
    const user = await pool.team.createUser({ email: `${role}-${tag}@acme.test`, name: role });
    await pool.team.setRole(org.id, user.id, role);
    await pool.service.linkIdentity(ISSUER, `${role}-${tag}`, user.id);
    userIds[role] = user.id;
    keys[role] = (await pool.team.createApiKey(org.id, { name: `${role} key`, role, userId: user.id })).key;
  }
  const otherOwnerKey = (await pool.team.createApiKey(other.id, { name: "rival", role: "owner" })).key;
  const operatorKey = (await pool.operators.keys.create("operator")).key;
  const project = await pool.service.createProject(org.id, {
    key: join(root, "app"),
    name: "app",
    repositoryUrl: join(root, "app"),
    provider: "local",
    settings: {},
  });
  const otherProject = await pool.service.createProject(other.id, {
    key: "github.com/rival/app",
    name: "rival app",
    repositoryUrl: "https://github.com/rival/app",
    provider: "git",
    settings: {},
  });
  const reviewId = `review-${tag}`;
  const findings = Array.from({ length: 120 }, (_, n) =>
    finding(
      n,
      n % 3 === 0 ? { severity: "critical", category: "security" } : { severity: "low", category: "style" },
    ),
  );
  await (await pool.forOrganisation(org.id)).saveReview(project, review({ id: reviewId, findings }));
  const otherReviewId = `rival-review-${tag}`;
  await (await pool.forOrganisation(other.id)).saveReview(otherProject, review({ id: otherReviewId }));

  const queue = new ArrayQueue();
  const app = await buildServer({
    store: pool,
    queue,
    jwt: { issuer: ISSUER, audience: AUDIENCE, jwksFile },
    repositories: { allowedUrls: ["github.com/acme"], roots: [root] },
    limits: { ...DEFAULT_LIMITS, ...limits },
    corsOrigins: ["https://console.acme.test"],
    version: "0.1.0-test",
    ...more,
  });

  return {
    app,
    pool,
    queue,
    org,
    other,
    keys,
    userIds,
    otherOwnerKey,
    operatorKey,
    project,
    otherProject,
    reviewId,
    otherReviewId,
    root,
    jwksFile,
    async sign(claims = {}, header = {}) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({
        iss: ISSUER,
        aud: AUDIENCE,
        sub: `member-${tag}`,
        iat: now,
        exp: now + 300,
        ...claims,
      })
        .setProtectedHeader({ alg: "RS256", kid: header.kid ?? KID })
        .sign(privateKey);
    },
    async close() {
      await app.close();
      await pool.close();
      await rm(dir, { recursive: true, force: true });
      if (kind === "postgres") {
        const client = new pg.Client({ connectionString: PG_URL });
        await client.connect();
        await client.query(`drop schema if exists ${schema} cascade`).finally(() => client.end());
      }
    },
  };
}

/** Headers carrying an API key. */
export function withKey(key: string): Record<string, string> {
  return { authorization: `Bearer ${key}` };
}
