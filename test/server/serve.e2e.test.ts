import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { operatorEnv, writeFixtureRepo } from "../worker/fixture-repo.js";
import { freePort, stopChild } from "../worker/processes.js";

/**
 * `codeguardian serve` as an operator runs it (docs/server.md, "Running"):
 * the embedded default in its own process, the first key from `admin
 * create-org` on the same store, a project under an allowed root, and a
 * review requested, run by the in-process worker and read back over HTTP.
 */
const WORKTREE = join(import.meta.dirname, "..", "..");
const TSX = pathToFileURL(join(WORKTREE, "node_modules", "tsx", "dist", "esm", "index.mjs")).href;

const root = mkdtempSync(join(tmpdir(), "cg-serve-"));
const repos = join(root, "repos");
mkdirSync(repos);
const repo = writeFixtureRepo(repos, 3);
const env = operatorEnv(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function fromSource(entry: string, args: readonly string[]) {
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
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

/** Resolves once `serve` says where it listens; rejects if it exits first. */
function listening(serve: ReturnType<typeof fromSource>): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (serve.stderr().includes("listening on")) resolve();
    };
    serve.child.stderr.on("data", check);
    void serve.exited.then((code) => reject(new Error(`serve exited (${code}): ${serve.stderr()}`)));
    check();
  });
}

describe("codeguardian serve", () => {
  it.each([
    [["--port", "99999"], 2],
    [["--port", "8080", "--queue", "http://127.0.0.1:6379"], 2],
    [["--concurrency", "0"], 2],
  ])("refuses %j with exit %i before opening anything", { timeout: 60_000 }, async (args, code) => {
    const serve = fromSource("server/entry.ts", args);
    expect(await serve.exited, serve.stderr()).toBe(code);
  });

  it("names the address when the port is taken, exit 2", { timeout: 60_000 }, async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const address = taken.address();
    const port = typeof address === "object" && address !== null ? address.port : 0;
    try {
      const serve = fromSource("server/entry.ts", ["--port", String(port), "--db", join(root, "taken.db")]);
      expect(await serve.exited, serve.stderr()).toBe(2);
      expect(serve.stderr()).toContain(`CG_USAGE: Cannot listen on 127.0.0.1:${port}`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it(
    "runs a review requested over HTTP end to end and exits 0 on SIGTERM",
    { timeout: 180_000 },
    async () => {
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const serve = fromSource("server/entry.ts", ["--port", String(port), "--allow-root", repos]);
      try {
        await listening(serve);

        const admin = fromSource("cli/entry.ts", [
          "admin",
          "create-org",
          "Acme",
          "--owner-email",
          "ana@acme.test",
        ]);
        expect(await admin.exited, admin.stderr()).toBe(0);
        const key = admin.stdout().trim();
        expect(key).toMatch(/^cg_/);
        const headers = { authorization: `Bearer ${key}`, "content-type": "application/json" };

        const outside = await fetch(`${base}/v1/projects`, {
          method: "POST",
          headers,
          body: JSON.stringify({ name: "elsewhere", repository: root }),
        });
        expect(outside.status).toBe(400);
        expect(await outside.json()).toMatchObject({ code: "CG_REPOSITORY_NOT_ALLOWED" });

        const created = await fetch(`${base}/v1/projects`, {
          method: "POST",
          headers,
          body: JSON.stringify({ name: "app", repository: repo }),
        });
        expect(created.status).toBe(201);
        const project = (await created.json()) as { id: string };

        const accepted = await fetch(`${base}/v1/reviews`, {
          method: "POST",
          headers,
          body: JSON.stringify({ projectId: project.id }),
        });
        expect(accepted.status).toBe(202);
        const { id } = (await accepted.json()) as { id: string };

        let summary: { state: string; total?: number } = { state: "queued" };
        while (!["finished", "failed", "cancelled"].includes(summary.state)) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          const got = await fetch(`${base}/v1/reviews/${id}`, { headers });
          expect(got.status).toBe(200);
          summary = (await got.json()) as typeof summary;
        }
        expect(summary.state, serve.stderr()).toBe("finished");

        const page = await fetch(`${base}/v1/reviews/${id}/findings?limit=200`, { headers });
        expect(page.status).toBe(200);
        const { findings } = (await page.json()) as { findings: { file: string; category: string }[] };
        expect(findings).toHaveLength(summary.total ?? -1);
        // Every handler of the fixture concatenates a request into a shell command and evals its body.
        expect(new Set(findings.map((f) => f.file))).toEqual(
          new Set(["src/handler0.js", "src/handler1.js", "src/handler2.js"]),
        );
        expect(findings.map((f) => f.category)).toContain("security");

        serve.child.kill("SIGTERM");
        expect(await serve.exited, serve.stderr()).toBe(0);
        expect(serve.stderr()).toContain("stopped");
      } finally {
        await stopChild(serve.child, "SIGKILL");
      }
    },
  );
});
