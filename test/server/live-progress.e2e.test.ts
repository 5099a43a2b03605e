import { spawn, type ChildProcessByStdio } from "node:child_process";
import type { Readable } from "node:stream";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { operatorEnv, writeFixtureRepo } from "../worker/fixture-repo.js";
import { freePort, startRedis, stopChild } from "../worker/processes.js";

/**
 * Live progress across real processes (docs/server.md, "Live progress"):
 * `serve` process 1 accepts a review, a separately started `codeguardian
 * worker` runs it, and a WebSocket client of `serve` process 2 follows it
 * with a ticket process 1 issued; the store is PostgreSQL, the queue and
 * the progress bus a private Redis. The CLIs keep their tables in a
 * database's `public` schema, so the test makes a database of its own on
 * the shared server rather than migrate the `test` database's.
 */
const WORKTREE = join(import.meta.dirname, "..", "..");
const TSX = pathToFileURL(join(WORKTREE, "node_modules", "tsx", "dist", "esm", "index.mjs")).href;
const ADMIN_URL = "postgres://postgres@127.0.0.1:5432/test";
const DATABASE = `cg_live_${randomBytes(5).toString("hex")}`;
const DB_URL = `postgres://postgres@127.0.0.1:5432/${DATABASE}`;

const root = mkdtempSync(join(tmpdir(), "cg-live-"));
const repos = join(root, "repos");
mkdirSync(repos);
const repo = writeFixtureRepo(repos, 6);
const env = operatorEnv(root);

interface Child {
  readonly child: ChildProcessByStdio<null, Readable, Readable>;
  readonly exited: Promise<number | string>;
  readonly stdout: () => string;
  readonly stderr: () => string;
}
const children: Child[] = [];
let stopRedis = (): Promise<void> => Promise.resolve();

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

afterAll(async () => {
  await Promise.all(children.map((c) => stopChild(c.child, "SIGKILL")));
  await stopRedis();
  await admin(`drop database if exists ${DATABASE} with (force)`);
  rmSync(root, { recursive: true, force: true });
});

function fromSource(entry: string, args: readonly string[]): Child {
  const child = spawn(process.execPath, ["--import", TSX, join(WORKTREE, "src", entry), ...args], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal ?? -1)),
  );
  const started = { child, exited, stdout: () => stdout, stderr: () => stderr };
  children.push(started);
  return started;
}

/** Resolves once the process wrote `marker` to stderr; rejects if it exits first. */
function saying(process: Child, marker: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (process.stderr().includes(marker)) resolve();
    };
    process.child.stderr.on("data", check);
    void process.exited.then((code) => reject(new Error(`exited (${code}): ${process.stderr()}`)));
    check();
  });
}

interface Followed {
  readonly messages: Record<string, unknown>[];
  readonly opened: Promise<void>;
  readonly closed: Promise<number>;
}

function follow(url: string): Followed {
  const socket = new WebSocket(url);
  const messages: Record<string, unknown>[] = [];
  socket.on("message", (data: Buffer) =>
    messages.push(JSON.parse(data.toString()) as Record<string, unknown>),
  );
  const opened = new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("unexpected-response", (_request, response) =>
      reject(new Error(`stream refused: ${response.statusCode ?? "?"}`)),
    );
    socket.once("error", reject);
  });
  const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
  return { messages, opened, closed };
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe("live progress across processes", () => {
  it(
    "a review requested on API process 1 and run by a worker process streams to a client of API process 2",
    { timeout: 300_000 },
    async () => {
      await admin(`create database ${DATABASE}`);
      const redis = await startRedis();
      stopRedis = redis.stop;
      const [port1, port2] = [await freePort(), await freePort()];
      const serveArgs = (port: number) => [
        "--port",
        String(port),
        "--db",
        DB_URL,
        "--queue",
        redis.url,
        "--no-worker",
        "--allow-root",
        repos,
      ];
      // One process migrates the new database first; the others then find it up to date.
      const created = fromSource("cli/entry.ts", [
        "admin",
        "create-org",
        "Acme",
        "--owner-email",
        "ana@acme.test",
        "--db",
        DB_URL,
      ]);
      expect(await created.exited, created.stderr()).toBe(0);
      const key = created.stdout().trim();
      expect(key).toMatch(/^cg_/);
      const api1 = fromSource("server/entry.ts", serveArgs(port1));
      const api2 = fromSource("server/entry.ts", serveArgs(port2));
      await Promise.all([saying(api1, "listening on"), saying(api2, "listening on")]);

      const base1 = `http://127.0.0.1:${port1}`;
      const base2 = `http://127.0.0.1:${port2}`;
      const auth = { authorization: `Bearer ${key}` };
      const headers = { ...auth, "content-type": "application/json" };
      const project = await fetch(`${base1}/v1/projects`, {
        method: "POST",
        headers,
        body: JSON.stringify({ name: "app", repository: repo }),
      });
      expect(project.status).toBe(201);
      const { id: projectId } = (await project.json()) as { id: string };
      const accepted = await fetch(`${base1}/v1/reviews`, {
        method: "POST",
        headers,
        body: JSON.stringify({ projectId }),
      });
      expect(accepted.status).toBe(202);
      const { id } = (await accepted.json()) as { id: string };

      // The ticket comes from process 1 and is redeemed by process 2: the store holds it for both.
      const issued = await fetch(`${base1}/v1/reviews/${id}/stream-ticket`, {
        method: "POST",
        headers: auth,
      });
      expect(issued.status).toBe(201);
      const { ticket } = (await issued.json()) as { ticket: string };
      const live = follow(`ws://127.0.0.1:${port2}/v1/reviews/${id}/stream?ticket=${ticket}`);
      await live.opened;
      await until(() => live.messages.length >= 1);
      expect(live.messages[0]).toMatchObject({
        kind: "snapshot",
        reviewId: id,
        state: "queued",
        final: false,
      });

      // No worker has run yet, so everything after the snapshot is live.
      const worker = fromSource("worker/entry.ts", ["--db", DB_URL, "--queue", redis.url]);
      await saying(worker, "started");
      // Bounded, so a stream that never ends fails with what it received and what the processes said.
      const ended = await Promise.race([
        live.closed,
        new Promise<string>((resolve) => setTimeout(() => resolve("still open"), 120_000)),
      ]);
      expect(
        ended,
        `${JSON.stringify(live.messages)}\nworker: ${worker.stderr()}\napi2: ${api2.stderr()}`,
      ).toBe(1000);

      const events = live.messages.slice(1);
      const kinds = events.map((m) => m["kind"]);
      expect(kinds[0]).toBe("state");
      expect(events[0]).toMatchObject({ state: "running", final: false });
      expect(events.filter((m) => m["kind"] === "stage").map((m) => m["stage"])).toEqual(
        expect.arrayContaining(["scope", "analyse", "synthesise"]),
      );
      const files = events.filter((m) => m["kind"] === "file");
      expect(files.length).toBeGreaterThan(0);
      expect(files.some((m) => m["done"] === m["total"] && m["total"] === 6)).toBe(true);
      const seqs = events.map((m) => m["seq"] as number);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      const last = events.at(-1);
      expect(last).toMatchObject({ kind: "state", state: "finished", final: true });

      const summary = await fetch(`${base1}/v1/reviews/${id}`, { headers });
      const stored = (await summary.json()) as { state: string; total: number };
      expect(stored.state).toBe("finished");
      expect(last?.["findings"]).toBe(stored.total);
      expect(stored.total).toBeGreaterThan(0);

      // A client that comes after the end gets the final state at once.
      const again = await fetch(`${base2}/v1/reviews/${id}/stream-ticket`, { method: "POST", headers: auth });
      const late = follow(
        `ws://127.0.0.1:${port2}/v1/reviews/${id}/stream?ticket=${((await again.json()) as { ticket: string }).ticket}`,
      );
      expect(await late.closed).toBe(1000);
      expect(late.messages).toHaveLength(1);
      expect(late.messages[0]).toMatchObject({
        kind: "snapshot",
        state: "finished",
        final: true,
        findings: stored.total,
      });

      // The used ticket does not open a second stream.
      const reused = follow(`ws://127.0.0.1:${port2}/v1/reviews/${id}/stream?ticket=${ticket}`);
      await expect(reused.opened).rejects.toThrow("stream refused: 401");

      for (const process of [worker, api1, api2]) process.child.kill("SIGTERM");
      expect(await Promise.all([worker.exited, api1.exited, api2.exited])).toEqual([0, 0, 0]);
    },
  );
});
