import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mustFollowRules, readProvenance, renderProvenance } from "./provenance.js";

describe("renderProvenance", () => {
  const p = { batch: "batch2", added: "bbbbbbb", rulesChanged: "aaaaaaa" };

  it("accepts a held-out batch added after the last rule change", () => {
    expect(renderProvenance({ ...p, batchIsLater: true }, "batch2")).toBe(
      "batch2: added by bbbbbbb; rules last changed by aaaaaaa; added after the last rule change; held out: valid measure",
    );
  });

  it("says so when a held-out batch came before a rule change", () => {
    expect(renderProvenance({ ...p, batchIsLater: false }, "batch2")).toContain(
      "added BEFORE the last rule change; NOT a valid held-out measure",
    );
  });

  it("lets the development batch precede rule changes", () => {
    expect(mustFollowRules("batch1", "batch2")).toBe(false);
    expect(mustFollowRules("batch2", "batch2")).toBe(true);
    expect(mustFollowRules("batch1", "batch1")).toBe(false);
    expect(renderProvenance({ ...p, batch: "batch1", batchIsLater: false }, "batch2")).toMatch(
      /development batch$/,
    );
  });

  it("holds out only the newest batch: a measured batch becomes development once a newer one exists", () => {
    expect(mustFollowRules("batch2", "batch3")).toBe(false);
    expect(mustFollowRules("batch3", "batch3")).toBe(true);
    expect(renderProvenance({ ...p, batchIsLater: false }, "batch3")).toMatch(/development batch$/);
  });
});

describe("readProvenance on a real repository", () => {
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...args], {
      cwd: repo,
      encoding: "utf8",
    }).trim();
  const commit = async (path: string, message: string): Promise<string> => {
    await mkdir(join(repo, path, ".."), { recursive: true });
    await writeFile(join(repo, path), message);
    git("add", path);
    git("commit", "-q", "-m", message);
    return git("log", "-1", "--format=%h");
  };

  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), "cg-provenance-"));
    git("init", "-q");
  });
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it("orders the batch and the rules by ancestry", async () => {
    await commit("src/rules/a.ts", "rule 1");
    const batch1 = await commit("bench/blind/batch1/case.py", "batch 1");
    const rules = await commit("src/rules/a.ts", "rule 2");
    expect(readProvenance(repo, "batch1", "bench/blind/batch1", "src/rules")).toEqual({
      batch: "batch1",
      added: batch1,
      rulesChanged: rules,
      batchIsLater: false,
    });
    const batch2 = await commit("bench/blind/batch2/case.py", "batch 2");
    expect(readProvenance(repo, "batch2", "bench/blind/batch2", "src/rules")).toMatchObject({
      added: batch2,
      batchIsLater: true,
    });
    expect(readProvenance(repo, "batch3", "bench/blind/batch3", "src/rules")).toMatchObject({
      added: undefined,
      batchIsLater: undefined,
    });
  });
});
