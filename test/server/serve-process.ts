import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const WORKTREE = join(import.meta.dirname, "..", "..");
const TSX = pathToFileURL(join(WORKTREE, "node_modules", "tsx", "dist", "esm", "index.mjs")).href;

export interface SourceProcess {
  readonly child: ChildProcessWithoutNullStreams;
  /** Resolves with the exit code, or the signal's name. */
  readonly exited: Promise<number | string>;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

/** A front end (`server/entry.ts`, `cli/entry.ts`) run from source in its own process. */
export function fromSource(
  entry: string,
  args: readonly string[],
  env: Record<string, string | undefined>,
): SourceProcess {
  const child = spawn(process.execPath, ["--import", TSX, join(WORKTREE, "src", entry), ...args], {
    env,
    stdio: ["pipe", "pipe", "pipe"],
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

/** Resolves once `serve` says it listens; rejects if it exits first. */
export function listening(serve: SourceProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (serve.stderr().includes("listening on")) resolve();
    };
    serve.child.stderr.on("data", check);
    void serve.exited.then((code) => reject(new Error(`serve exited (${code}): ${serve.stderr()}`)));
    check();
  });
}

/** `admin create-org` on a store; resolves with the owner's API key it prints. */
export async function createOrganisation(
  db: string | undefined,
  env: Record<string, string | undefined>,
): Promise<string> {
  const admin = fromSource(
    "cli/entry.ts",
    [
      "admin",
      "create-org",
      "Acme",
      "--owner-email",
      "ana@acme.test",
      ...(db === undefined ? [] : ["--db", db]),
    ],
    env,
  );
  const code = await admin.exited;
  if (code !== 0) throw new Error(`admin create-org exited ${code}: ${admin.stderr()}`);
  return admin.stdout().trim();
}

/** JSON over HTTP with an API key; the status and the parsed body. */
export async function call(
  base: string,
  key: string,
  method: "GET" | "POST",
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text === "" ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

const FINAL = new Set(["finished", "failed", "cancelled"]);

/** Polls a review's summary until it reaches a final state; resolves with that summary. */
export async function finalSummary(
  base: string,
  key: string,
  id: string,
  timeoutMs = 120_000,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const got = await call(base, key, "GET", `/v1/reviews/${id}`);
    if (got.status === 200 && FINAL.has(String(got.body.state))) return got.body;
    if (Date.now() > deadline) throw new Error(`review ${id} still ${JSON.stringify(got)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
