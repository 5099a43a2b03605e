/**
 * `npm run bench:server`: the HTTP service under load (docs/benchmarks.md,
 * "bench:server"). For each store (SQLite, PostgreSQL) it stores a review
 * with 5,000 findings, starts the server in this process on a free port and
 * drives it with autocannon in a child process (100 connections): the
 * review summary, a filtered findings page and review creation. Prints p50,
 * p99 and requests/s with this process's CPU use while it served.
 *
 *   npm run bench:server
 *   npm run bench:server -- --seconds 5 --stores sqlite
 *   npm run bench:server -- --pg postgres://postgres@127.0.0.1:5432/test
 *
 * Review creation runs against the store's jobs table with no worker
 * consuming it: each request records the review and its job, and the queue
 * is not drained, so the figure is the API's cost alone.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { StoreJobQueue } from "../src/queue/store-queue.js";
import { buildServer } from "../src/server/build-server.js";
import { DEFAULT_LIMITS } from "../src/server/server-deps.js";
import { openPostgresPool } from "../src/storage/postgres.js";
import { openSqlitePool } from "../src/storage/sqlite.js";
import type { KyselyStorePool } from "../src/storage/store-pool.js";
import { autocannon, type LoadResult } from "./lib/autocannon-run.js";
import { seedReviewWithFindings } from "./lib/server-seed.js";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "100" },
    findings: { type: "string", default: "5000" },
    stores: { type: "string", default: "sqlite,postgres" },
    pg: { type: "string", default: "postgres://postgres@127.0.0.1:5432/test" },
    requests: { type: "string", default: "summary,page,create" },
  },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const FINDINGS = Number(values.findings);
const REQUESTS = new Set(values.requests.split(","));

interface Row extends LoadResult {
  readonly store: string;
  readonly scenario: string;
  /** This process's CPU time over the run's wall time: 100 % is one core. */
  readonly cpuPercent: number;
  /** This process's CPU time per request answered, in ms: what a request costs whatever else runs. */
  readonly cpuMsPerRequest: number;
}

async function measure(
  store: string,
  scenario: string,
  spec: Parameters<typeof autocannon>[0],
): Promise<Row> {
  // A short warm-up (JIT, statement caches, pool connections) that is not counted.
  await autocannon({ ...spec, seconds: 2 });
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const result = await autocannon(spec);
  const wallMicros = Number(process.hrtime.bigint() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuMicros = used.user + used.system;
  return {
    store,
    scenario,
    ...result,
    cpuPercent: (100 * cpuMicros) / wallMicros,
    cpuMsPerRequest: cpuMicros / 1000 / Math.max(1, result.total),
  };
}

async function benchStore(name: string, pool: KyselyStorePool): Promise<Row[]> {
  const seeded = await seedReviewWithFindings(pool, FINDINGS);
  const queue = new StoreJobQueue(pool.jobs);
  const app = await buildServer({
    store: pool,
    queue,
    repositories: { allowedUrls: [], roots: [] },
    // The rate limit would answer 429 to a load test from one key: lifted here, and only here.
    limits: { ...DEFAULT_LIMITS, requestsPerWindow: 100_000_000, organisationRequestsPerWindow: 100_000_000 },
    corsOrigins: [],
    version: "bench",
  });
  try {
    const base = await app.listen({ host: "127.0.0.1", port: 0 });
    const headers = { authorization: `Bearer ${seeded.key}` };
    const common = { connections: CONNECTIONS, seconds: SECONDS, headers };
    const runs: [string, string, Parameters<typeof autocannon>[0]][] = [
      // No store and no credentials: the floor set by fastify and the machine.
      ["health", "health (no store)", { ...common, url: `${base}/v1/health` }],
      ["summary", "review summary", { ...common, url: `${base}/v1/reviews/${seeded.reviewId}` }],
      [
        "page",
        "findings page (critical,high · security)",
        {
          ...common,
          url: `${base}/v1/reviews/${seeded.reviewId}/findings?severity=critical,high&category=security&limit=50`,
        },
      ],
      [
        "create",
        "create review (POST, queue not drained)",
        {
          ...common,
          url: `${base}/v1/reviews`,
          method: "POST",
          headers: { ...headers, "content-type": "application/json" },
          body: JSON.stringify({ projectId: seeded.projectId }),
        },
      ],
    ];
    const rows: Row[] = [];
    for (const [id, scenario, spec] of runs) {
      if (REQUESTS.has(id)) rows.push(await measure(name, scenario, spec));
    }
    const queued = await pool.database
      .selectFrom("jobs")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("state", "=", "queued")
      .executeTakeFirst();
    console.error(`${name}: ${String(queued?.n)} review jobs recorded and left queued`);
    return rows;
  } finally {
    await app.close();
    await queue.close();
  }
}

function failures(r: Row): string {
  if (r.failed === 0) return "0";
  const { timeouts, non2xx, errors } = r.failures;
  const parts = [
    timeouts > 0 ? `${timeouts} timed out` : "",
    non2xx > 0 ? `${non2xx} non-2xx` : "",
    errors - timeouts > 0 ? `${errors - timeouts} socket errors` : "",
  ].filter((part) => part !== "");
  return `${r.failed} (${parts.join(", ")})`;
}

function table(rows: readonly Row[]): string {
  const lines = [
    "| store | request | p50 ms | p99 ms | requests/s | 2xx | failed | server CPU | CPU ms/request |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.store} | ${r.scenario} | ${r.p50} | ${r.p99} | ${Math.round(r.requestsPerSecond)} | ${r.ok} | ${failures(r)} | ${Math.round(r.cpuPercent)} % | ${r.cpuMsPerRequest.toFixed(2)} |`,
    ),
  ];
  return lines.join("\n");
}

const rows: Row[] = [];
const stores = values.stores.split(",");
if (stores.includes("sqlite")) {
  const dir = mkdtempSync(join(tmpdir(), "cg-bench-server-"));
  const pool = await openSqlitePool(join(dir, "server.db"));
  try {
    rows.push(...(await benchStore("SQLite", pool)));
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
if (stores.includes("postgres")) {
  const schema = `cg_bench_${randomBytes(6).toString("hex")}`;
  const pool = await openPostgresPool(values.pg, { schema });
  try {
    rows.push(...(await benchStore("PostgreSQL", pool)));
  } finally {
    await pool.close();
    const client = new pg.Client({ connectionString: values.pg });
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`).finally(() => client.end());
  }
}
console.log(
  `${CONNECTIONS} connections, ${SECONDS} s a run after a 2 s warm-up, a review of ${FINDINGS} findings stored\n`,
);
console.log(table(rows));
const summary = rows.find((r) => r.store === "SQLite" && r.scenario === "review summary");
if (summary !== undefined) {
  console.log(`\nsummary p99 on SQLite: ${summary.p99} ms (target ≤ 50 ms)`);
}
