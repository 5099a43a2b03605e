import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Redis } from "ioredis";

const WORKTREE = join(import.meta.dirname, "..", "..");
const TSX = pathToFileURL(join(WORKTREE, "node_modules", "tsx", "dist", "esm", "index.mjs")).href;

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address !== null ? address.port : 0));
    });
  });
}

/** A private Redis without persistence (as the shared one runs), for tests that break it. */
export async function startRedis(onPort?: number): Promise<{
  url: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}> {
  const port = onPort ?? (await freePort());
  const child = spawn("redis-server", ["--port", String(port), "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  });
  const url = `redis://127.0.0.1:${port}`;
  const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => 50, maxRetriesPerRequest: null });
  // Refused until redis-server listens; ioredis retries.
  probe.on("error", () => undefined);
  await probe.connect().catch(() => undefined);
  await probe.ping();
  probe.disconnect();
  return {
    url,
    process: child,
    stop: () => stopChild(child),
  };
}

export interface WorkerProcess {
  readonly child: ChildProcess;
  /** What the worker wrote to stderr so far. */
  readonly log: () => string;
  /** Resolves with the exit code (or the signal's name). */
  readonly exited: Promise<number | string>;
}

/** `codeguardian worker` from source, in its own process. */
export function startWorkerProcess(
  args: readonly string[],
  env: Record<string, string | undefined>,
): WorkerProcess {
  const child = spawn(
    process.execPath,
    ["--import", TSX, join(WORKTREE, "src", "worker", "entry.ts"), ...args],
    {
      env,
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal ?? -1)),
  );
  return { child, log: () => stderr, exited };
}

export function stopChild(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}
