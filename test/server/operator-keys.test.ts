import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildServer } from "../../src/server/build-server.js";
import { ArrayQueue } from "../../src/server/memory-queue.test-support.js";
import { DEFAULT_LIMITS } from "../../src/server/server-deps.js";
import { openStorePool } from "../../src/storage/open-store.js";
import { cli } from "../support/cli-harness.js";

/**
 * The operator's keys over their life on a real SQLite store, through the
 * CLI as the operator runs it (docs/server.md, "Operator"): created, listed
 * without a secret, revoked by prefix or by a name only one key bears, and
 * refused with 401 on /v1/admin from then on.
 */
describe("codeguardian admin list-operator-keys and revoke-operator-key", () => {
  const cwd = mkdtempSync(join(tmpdir(), "cg-opkeys-"));
  const db = join(cwd, "server.db");
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  const create = async (name: string): Promise<string> => {
    const made = await cli(["admin", "create-operator-key", name, "--db", db], cwd);
    expect(made.code, made.stderr).toBe(0);
    return made.stdout.trim();
  };
  const metricsStatus = async (key: string): Promise<number> => {
    const pool = await openStorePool(db);
    try {
      const app = await buildServer({
        store: pool,
        queue: new ArrayQueue(),
        repositories: { allowedUrls: [], roots: [] },
        limits: DEFAULT_LIMITS,
        corsOrigins: [],
        version: "0.1.0-test",
      });
      const reply = await app.inject({
        method: "GET",
        url: "/v1/admin/metrics",
        headers: { authorization: `Bearer ${key}` },
      });
      await app.close();
      return reply.statusCode;
    } finally {
      await pool.close();
    }
  };

  it("lists every key with its prefix and dates, never the key itself", async () => {
    const prometheus = await create("prometheus");
    const grafana = await create("grafana");
    expect(await metricsStatus(prometheus)).toBe(200);

    const table = await cli(["admin", "list-operator-keys", "--db", db], cwd);
    expect(table.code, table.stderr).toBe(0);
    const lines = table.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^name\s+prefix\s+created\s+last used\s+revoked$/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      new RegExp(
        `^prometheus\\s+${prometheus.slice(0, 13)}…\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\s+\\d{4}-`,
      ),
    );
    expect(lines[2]).toMatch(/^grafana\s+cgop_\S+…\s+\S+ \S+\s+never\s+no$/);
    expect(table.stdout).not.toContain(prometheus);
    expect(table.stdout).not.toContain(grafana);

    const json = await cli(["admin", "list-operator-keys", "--json", "--db", db], cwd);
    const listed = JSON.parse(json.stdout) as { name: string; prefix: string; lastUsedAt?: string }[];
    expect(listed.map((k) => k.name)).toEqual(["prometheus", "grafana"]);
    expect(listed[0]?.lastUsedAt).toBeDefined();
    expect(json.stdout).not.toContain(prometheus.slice(13));
  });

  it("revokes by prefix or by a name one key in force bears; the revoked key is 401 on /v1/admin", async () => {
    const first = await create("ci");
    const second = await create("ci");
    const ambiguous = await cli(["admin", "revoke-operator-key", "ci", "--db", db], cwd);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain(`${first.slice(0, 13)}…`);
    expect(ambiguous.stderr).toContain(`${second.slice(0, 13)}…`);
    expect(await metricsStatus(first)).toBe(200);

    // The prefix as the list shows it, with its ellipsis.
    const byPrefix = await cli(["admin", "revoke-operator-key", `${first.slice(0, 13)}…`, "--db", db], cwd);
    expect(byPrefix.code, byPrefix.stderr).toBe(0);
    expect(await metricsStatus(first)).toBe(401);
    expect(await metricsStatus(second)).toBe(200);

    // One key named "ci" is left in force, so the name now says which.
    expect((await cli(["admin", "revoke-operator-key", "ci", "--db", db], cwd)).code).toBe(0);
    expect(await metricsStatus(second)).toBe(401);

    const again = await cli(["admin", "revoke-operator-key", "ci", "--db", db], cwd);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("No operator key in force");
    const listed = JSON.parse(
      (await cli(["admin", "list-operator-keys", "--json", "--db", db], cwd)).stdout,
    ) as {
      name: string;
      revokedAt?: string;
    }[];
    expect(listed.filter((k) => k.name === "ci").every((k) => k.revokedAt !== undefined)).toBe(true);
    expect(listed.find((k) => k.name === "grafana")?.revokedAt).toBeUndefined();
  });
});
