import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startWorkerProcess } from "./processes.js";

/** `codeguardian worker` refuses bad flags with a usage error before it opens anything. */
const root = mkdtempSync(join(tmpdir(), "cg-worker-flags-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const CASES: readonly { readonly args: readonly string[]; readonly code: number; readonly says: RegExp }[] = [
  { args: [], code: 2, says: /required option '--db/ },
  {
    args: ["--db", join(root, "s.db"), "--queue", "http://127.0.0.1:6379"],
    code: 2,
    says: /--queue must be a redis:\/\/ URL/,
  },
  {
    args: ["--db", join(root, "s.db"), "--concurrency", "0"],
    code: 2,
    says: /--concurrency must be a positive number/,
  },
  { args: ["--db", "postgres://nobody@127.0.0.1:1/none"], code: 5, says: /CG_STORE_UNREACHABLE/ },
];

describe("codeguardian worker flags", () => {
  it.each(CASES)(
    "$args → exit $code",
    async ({ args, code, says }) => {
      const worker = startWorkerProcess(args, { PATH: process.env.PATH, HOME: root });
      expect(await worker.exited).toBe(code);
      expect(worker.log()).toMatch(says);
    },
    60_000,
  );
});
