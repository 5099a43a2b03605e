import { spawn } from "node:child_process";
import { join } from "node:path";

const AUTOCANNON = join(import.meta.dirname, "..", "..", "node_modules", "autocannon", "autocannon.js");

export interface LoadSpec {
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly method?: "GET" | "POST";
  readonly body?: string;
}

export interface LoadResult {
  readonly p50: number;
  readonly p99: number;
  readonly requestsPerSecond: number;
  readonly total: number;
  readonly ok: number;
  readonly failed: number;
  /** What the failures were: timeouts (no answer within autocannon's 10 s; also counted in errors), other statuses, socket errors. */
  readonly failures: { readonly timeouts: number; readonly non2xx: number; readonly errors: number };
}

interface AutocannonJson {
  readonly latency: { readonly p50: number; readonly p99: number };
  readonly requests: { readonly average: number; readonly total: number };
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly "2xx": number;
}

/**
 * Runs autocannon in its own process, so the load it generates is not
 * counted as the server's CPU and the two do not share an event loop.
 */
export function autocannon(spec: LoadSpec): Promise<LoadResult> {
  const args = [
    AUTOCANNON,
    "--json",
    "--connections",
    String(spec.connections),
    "--duration",
    String(spec.seconds),
    "--method",
    spec.method ?? "GET",
    ...Object.entries(spec.headers).flatMap(([name, value]) => ["--headers", `${name}=${value}`]),
    ...(spec.body === undefined ? [] : ["--body", spec.body]),
    spec.url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) {
        reject(new Error(`autocannon exited ${String(code)}: ${stderr}`));
        return;
      }
      const json = JSON.parse(stdout) as AutocannonJson;
      resolve({
        p50: json.latency.p50,
        p99: json.latency.p99,
        requestsPerSecond: json.requests.average,
        total: json.requests.total,
        ok: json["2xx"],
        // autocannon counts a timeout as an error too.
        failed: json.non2xx + json.errors,
        failures: { timeouts: json.timeouts, non2xx: json.non2xx, errors: json.errors },
      });
    });
  });
}
