import { execFile } from "node:child_process";
import { chownSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "../worker/processes.js";

const run = promisify(execFile);

/**
 * A private PostgreSQL cluster for fault tests (docs/server.md,
 * "Deployment"): made with Debian's `initdb` in a temporary directory and
 * run with `pg_ctl` on a free port, so a test may stop and start it without
 * touching the shared server on 5432. `initdb` refuses root, so the cluster
 * belongs to the `postgres` user and its commands run as that user.
 */
export interface PostgresCluster {
  /** `postgres://postgres@127.0.0.1:<port>/postgres`, trust authentication. */
  readonly url: string;
  readonly port: number;
  start(): Promise<void>;
  /** A fast shutdown: open connections are terminated, as when the server goes away. */
  stop(): Promise<void>;
  /** Stops the cluster if it runs and removes its directory. */
  destroy(): Promise<void>;
}

function binDir(): string {
  const versions = readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a));
  const newest = versions[0];
  if (newest === undefined) throw new Error("No PostgreSQL under /usr/lib/postgresql");
  return join("/usr/lib/postgresql", newest, "bin");
}

/** Runs a PostgreSQL command as the `postgres` user when this process is root, else as itself. */
function asPostgres(command: string, args: readonly string[]): Promise<unknown> {
  const program = join(binDir(), command);
  return userInfo().uid === 0
    ? run("runuser", ["-u", "postgres", "--", program, ...args])
    : run(program, [...args]);
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const dir = mkdtempSync(join(tmpdir(), "cg-pg-cluster-"));
  if (userInfo().uid === 0) {
    const { uid, gid } = await run("id", ["-u", "postgres"]).then(async (u) => ({
      uid: Number(u.stdout.trim()),
      gid: Number((await run("id", ["-g", "postgres"])).stdout.trim()),
    }));
    chownSync(dir, uid, gid);
  }
  const data = join(dir, "data");
  const port = await freePort();
  await asPostgres("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"]);
  const options = [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    `-c unix_socket_directories=${dir}`,
    "-c fsync=off",
    "-c shared_buffers=16MB",
  ].join(" ");
  let running = false;
  const start = async (): Promise<void> => {
    await asPostgres("pg_ctl", ["-D", data, "-o", options, "-l", join(dir, "server.log"), "-w", "start"]);
    running = true;
  };
  const stop = async (): Promise<void> => {
    await asPostgres("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
    running = false;
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    async destroy() {
      if (running) await stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
