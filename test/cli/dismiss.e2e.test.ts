import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import type { Environment } from "../../src/app/app-deps.js";
import { RulesPool } from "../../src/workers/rules-pool.js";
import { Capture, FIXTURE_REPO, repoFrom, type CliResult } from "../support/cli-harness.js";

/**
 * `codeguardian dismiss` and `dismissals` on a real SQLite store: a dismissed
 * finding leaves the next review's findings and is listed as dismissed with
 * who, why and when; undoing it brings it back (docs/storage.md, "Dismissals").
 */
const home = mkdtempSync(join(tmpdir(), "cg-dismiss-"));
const db = join(home, "history.db");
const repo = repoFrom(FIXTURE_REPO);
const rulesPool = new RulesPool({ threads: 1 });
afterAll(async () => {
  await rulesPool.close();
  repo.cleanup();
  rmSync(home, { recursive: true, force: true });
});

const baseEnv: Environment = {
  PATH: process.env.PATH,
  HOME: home,
  XDG_CONFIG_HOME: join(home, "config"),
  XDG_DATA_HOME: join(home, "data"),
  USER: "ana",
};

async function cli(args: readonly string[], env: Environment = baseEnv): Promise<CliResult> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await run(args, { cwd: repo.dir, stdout, stderr, rulesPool, env });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

interface JsonReport {
  findings: { fingerprint: string; ruleId: string }[];
  suppressed?: { inline: number; baseline: number; dismissed?: number };
  dismissed?: { fingerprint: string; by: string; reason: string; at: string }[];
}

async function review(): Promise<JsonReport> {
  const result = await cli(["review", repo.dir, "--format", "json", "--db", db, "--fail-on", "none"]);
  expect(result.stderr).not.toMatch(/error/i);
  return JSON.parse(result.stdout) as JsonReport;
}

describe("codeguardian dismiss", () => {
  let first: JsonReport;
  let chosen: string;
  beforeAll(async () => {
    first = await review();
    chosen = first.findings[0]!.fingerprint;
  });

  it("dismisses a finding of the latest review: the next review leaves it out and lists it with who and why", async () => {
    expect(first.dismissed).toBeUndefined();
    const done = await cli(["dismiss", chosen, "--reason", "validated by the caller", repo.dir, "--db", db]);
    expect(done).toMatchObject({ code: 0, stderr: "" });
    expect(done.stdout).toContain(`Dismissed ${chosen} (${first.findings[0]!.ruleId} `);

    const second = await review();
    expect(second.findings.map((f) => f.fingerprint)).not.toContain(chosen);
    expect(second.findings).toHaveLength(first.findings.length - 1);
    expect(second.suppressed?.dismissed).toBe(1);
    expect(second.dismissed).toEqual([
      expect.objectContaining({ fingerprint: chosen, by: "ana", reason: "validated by the caller" }),
    ]);

    const terminal = await cli(["review", repo.dir, "--db", db, "--fail-on", "none"]);
    expect(terminal.stdout).toMatch(/Suppressed .* · 1 dismissed in this project\n/);
    expect(terminal.stdout).toContain("by ana on ");

    const listed = await cli(["dismissals", repo.dir, "--db", db, "--json"]);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([
      { fingerprint: chosen, by: "ana", reason: "validated by the caller", at: second.dismissed![0]!.at },
    ]);
    const table = await cli(["dismissals", repo.dir, "--db", db]);
    expect(table.stdout).toMatch(new RegExp(`^${chosen} .* ana +validated by the caller$`, "m"));
  });

  it("undoes a dismissal by a unique start of the fingerprint: the next review reports the finding again", async () => {
    const undone = await cli(["dismiss", "--undo", chosen.slice(0, 10), repo.dir, "--db", db]);
    expect(undone).toMatchObject({ code: 0, stderr: "" });
    expect(undone.stdout).toContain(`Undid the dismissal of ${chosen}`);
    const third = await review();
    expect(third.findings.map((f) => f.fingerprint)).toContain(chosen);
    expect(third.dismissed).toBeUndefined();
    const again = await cli(["dismiss", "--undo", chosen, repo.dir, "--db", db]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`${chosen} is not dismissed`);
  });

  it("dismisses a whole fingerprint the latest review lacks, with a warning, and names 'local' without USER or LOGNAME", async () => {
    const unknown = "0123456789abcdef0123456789abcdef";
    const { USER: _user, ...noUser } = baseEnv;
    const done = await cli(["dismiss", unknown, "--reason", "ahead of time", repo.dir, "--db", db], noUser);
    expect(done.code).toBe(0);
    expect(done.stderr).toContain(`warning: ${unknown} is not a finding of the latest review`);
    const listed = JSON.parse((await cli(["dismissals", repo.dir, "--db", db, "--json"])).stdout) as {
      by: string;
    }[];
    expect(listed).toEqual([expect.objectContaining({ fingerprint: unknown, by: "local" })]);
    expect((await cli(["dismiss", "--undo", unknown, repo.dir, "--db", db])).code).toBe(0);
  });

  it.each([
    { name: "an empty reason", args: ["--reason", "  "], error: "dismiss needs --reason" },
    { name: "no reason", args: [], error: "dismiss needs --reason" },
    {
      name: "a malformed fingerprint",
      fingerprint: "not-hex!",
      args: ["--reason", "x"],
      error: "is not a finding's fingerprint",
    },
    {
      name: "an unknown short start",
      fingerprint: "ffffffffff",
      args: ["--reason", "x"],
      error: "is not the start of any finding",
    },
    { name: "--undo with a reason", args: ["--undo", "--reason", "x"], error: "--undo takes no --reason" },
  ])("refuses $name with a usage error and records nothing", async ({ fingerprint, args, error }) => {
    const result = await cli([
      "dismiss",
      fingerprint ?? "0123456789abcdef0123456789abcdef",
      ...args,
      repo.dir,
      "--db",
      db,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(error);
    expect((await cli(["dismissals", repo.dir, "--db", db, "--json"])).stdout).toBe("[]\n");
  });

  it("lists nothing, and creates no store, when there is no history yet", async () => {
    const none = join(home, "none.db");
    const result = await cli(["dismissals", repo.dir, "--db", none]);
    expect(result).toMatchObject({ code: 0, stdout: "No dismissals recorded for this target.\n" });
  });
});
