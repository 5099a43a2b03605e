import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discoverFiles } from "./discover.js";
import { changedFiles, repoInfo } from "./git-diff.js";
import { commitAll, git, initRepo } from "./git-repo.test-support.js";
import { addToTree, makeTree, removeTree } from "./temp-tree.test-support.js";

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await removeTree(root);
});

async function tempDir(): Promise<string> {
  const root = await makeTree({});
  roots.push(root);
  return root;
}

function asObject(map: ReadonlyMap<string, ReadonlySet<number>>): Record<string, number[]> {
  return Object.fromEntries([...map].map(([path, set]) => [path, [...set].sort((a, b) => a - b)]));
}

const five = "l1\nl2\nl3\nl4\nl5\n";

describe("changedFiles", () => {
  let repo: string;
  beforeAll(async () => {
    repo = await tempDir();
    initRepo(repo);
    await addToTree(repo, {
      ".gitignore": "*.log\n",
      "a.py": five,
      "b.py": five,
      "old.py": "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\n",
      "del.py": five,
      "pkg/inner.py": five,
      "image.bin": new Uint8Array([0, 1, 2, 3]),
    });
    commitAll(repo, "base");
    git(repo, "checkout", "-q", "-b", "feature");
    await addToTree(repo, { "a.py": "l1\nL2\nl3\nl4\nl5\nl6\n", "pkg/inner.py": "l1\nl2\nl3\nl4\nL5\n" });
    commitAll(repo, "edit a");
    git(repo, "mv", "old.py", "renamed.py");
    await addToTree(repo, { "renamed.py": "one\ntwo\nthree\nFOUR\nfive\nsix\nseven\neight\n" });
    commitAll(repo, "rename");
    // main moves on: its new file must not count as a change of this branch.
    git(repo, "checkout", "-q", "main");
    await addToTree(repo, { "main_only.py": "x\n" });
    commitAll(repo, "main moves");
    git(repo, "checkout", "-q", "feature");
    // Uncommitted work: one staged edit, one unstaged edit, a deletion, binary change, untracked files.
    await addToTree(repo, { "b.py": "B1\nl2\nl3\nl4\nl5\n" });
    git(repo, "add", "b.py");
    await addToTree(repo, { "b.py": "B1\nl2\nB3\nl4\nl5\n", "image.bin": new Uint8Array([0, 9, 9]) });
    await rm(join(repo, "del.py"));
    await addToTree(repo, { "new.py": "n1\nn2\nn3", "debug.log": "ignored\n", "pkg/new_inner.py": "x\n" });
  });

  it("reports committed, staged, unstaged and untracked changes since the merge base", async () => {
    expect(asObject(await changedFiles(repo, "main"))).toEqual({
      "a.py": [2, 6],
      "b.py": [1, 3],
      "renamed.py": [4],
      "pkg/inner.py": [5],
      "image.bin": [],
      "new.py": [1, 2, 3],
      "pkg/new_inner.py": [1],
    });
  });

  it("accepts any revision git understands", async () => {
    expect(asObject(await changedFiles(repo, "HEAD~1"))).toMatchObject({ "renamed.py": [4], "b.py": [1, 3] });
    expect([...(await changedFiles(repo, "HEAD~1")).keys()]).not.toContain("a.py");
  });

  it("gives paths relative to a root below the repository top, and only under it", async () => {
    expect(asObject(await changedFiles(join(repo, "pkg"), "main"))).toEqual({
      "inner.py": [5],
      "new_inner.py": [1],
    });
  });

  const failures: readonly (readonly [label: string, ref: string, message: string])[] = [
    ["an unknown ref", "no-such-branch", "unknown git ref 'no-such-branch'"],
    ["a ref that looks like an option", "--output=/tmp/x", "not a valid git ref"],
    ["a ref with a space", "main extra", "not a valid git ref"],
    ["an empty ref", "", "not a valid git ref"],
  ];
  it.each(failures)("refuses %s with CG_GIT_DIFF_FAILED", async (_label, ref, message) => {
    const error = await changedFiles(repo, ref).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CG_GIT_DIFF_FAILED" });
    expect((error as Error).message).toContain(message);
  });

  it("refuses a directory that is not a git repository", async () => {
    const dir = await tempDir();
    await expect(changedFiles(dir, "main")).rejects.toMatchObject({
      code: "CG_GIT_DIFF_FAILED",
      message: `${dir} is not inside a git repository`,
    });
  });

  it("refuses a base with no common history", async () => {
    const dir = await tempDir();
    initRepo(dir);
    await writeFile(join(dir, "a.py"), "x\n");
    commitAll(dir, "one");
    git(dir, "checkout", "-q", "--orphan", "other");
    commitAll(dir, "two");
    await expect(changedFiles(dir, "main")).rejects.toMatchObject({
      code: "CG_GIT_DIFF_FAILED",
      message: expect.stringContaining("no common ancestor") as unknown,
    });
  });
});

describe("changedFiles with unusual file names", () => {
  it("keeps spaces, quotes, tabs and non-ASCII names intact", async () => {
    const repo = await tempDir();
    initRepo(repo);
    const names = ["dir with space/é.py", 'quote"d.py', "tab\there.py", "日本.py"];
    await addToTree(repo, Object.fromEntries(names.map((name) => [name, "a\n"])));
    commitAll(repo, "one");
    await addToTree(repo, Object.fromEntries(names.map((name) => [name, "a\nb\n"])));
    await addToTree(repo, { "new dir/ü new.py": "x\n" });
    expect(asObject(await changedFiles(repo, "HEAD"))).toEqual({
      ...Object.fromEntries(names.map((name) => [name, [2]])),
      "new dir/ü new.py": [1],
    });
  });
});

describe("changedFiles feeding discovery (--diff)", () => {
  it("limits discovery to changed files and counts the rest as not changed", async () => {
    const repo = await tempDir();
    initRepo(repo);
    await addToTree(repo, { "a.py": "x\n", "b.py": "x\n", "c.py": "x\n", "node_modules/d.js": "x\n" });
    commitAll(repo, "one");
    await addToTree(repo, { "b.py": "x\ny\n", "e.py": "new\n" });
    const changed = await changedFiles(repo, "HEAD");
    const result = await discoverFiles({
      root: repo,
      include: [],
      exclude: [],
      maxFileBytes: 1024,
      maxLineLength: 200,
      onlyPaths: new Set(changed.keys()),
    });
    expect(result.files.map((f) => f.path)).toEqual(["b.py", "e.py"]);
    expect(result.skipped.map((s) => [s.path, s.reason])).toEqual([
      ["a.py", "not-changed"],
      ["c.py", "not-changed"],
      ["node_modules/", "vendored"],
    ]);
  });
});

describe("repoInfo", () => {
  it("names the commit and branch of a repository", async () => {
    const dir = await tempDir();
    initRepo(dir);
    await writeFile(join(dir, "a.py"), "x\n");
    const commit = commitAll(dir, "one");
    expect(await repoInfo(dir)).toEqual({ isRepo: true, commit, branch: "main" });
    git(dir, "checkout", "-q", "--detach");
    expect(await repoInfo(dir)).toEqual({ isRepo: true, commit });
  });

  it("handles a repository without commits and a plain directory", async () => {
    const empty = await tempDir();
    initRepo(empty);
    expect(await repoInfo(empty)).toEqual({ isRepo: true, branch: "main" });
    expect(await repoInfo(await tempDir())).toEqual({ isRepo: false });
  });
});
