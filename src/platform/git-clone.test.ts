import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { lstat, readdir, readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cloneRepository, type CloneOptions } from "./git-clone.js";
import { serveGitRepositories, serveNothing, type TestServer } from "./git-http-server.test-support.js";
import { commitAll, git, initRepo } from "./git-repo.test-support.js";
import { addToTree, makeTree, removeTree } from "./temp-tree.test-support.js";

const MiB = 1024 * 1024;
const dirs: string[] = [];
let server: TestServer;
let silent: TestServer;
let sourceCommit: string;
let releaseCommit: string;

async function tempDir(): Promise<string> {
  const dir = await makeTree({});
  dirs.push(dir);
  return dir;
}

beforeAll(async () => {
  const served = await tempDir();
  const source = join(served, "app.git");
  await addToTree(served, {
    "app.git/main.py": "print('hello')\n",
    "app.git/link.py": { symlink: "/etc/passwd" },
    "app.git/.gitmodules": '[submodule "dep"]\n\tpath = dep\n\turl = https://127.0.0.1:9/dep.git\n',
  });
  initRepo(source);
  sourceCommit = commitAll(source, "first");
  git(source, "checkout", "-q", "-b", "release");
  await addToTree(served, { "app.git/release.py": "x = 1\n" });
  releaseCommit = commitAll(source, "release");
  git(source, "checkout", "-q", "main");
  // A repository whose content cannot be compressed below the size limit.
  await addToTree(served, { "big.git/blob.bin": randomBytes(2 * MiB) });
  initRepo(join(served, "big.git"));
  commitAll(join(served, "big.git"), "big");
  server = await serveGitRepositories(served);
  silent = await serveNothing();
});

afterAll(async () => {
  await server.close();
  await silent.close();
  for (const dir of dirs) await removeTree(dir);
});

const base: CloneOptions = { timeoutMs: 30_000, maxBytes: 50 * MiB, allowHttp: true };

describe("cloneRepository over git's smart HTTP protocol", () => {
  it("makes a shallow checkout of the default branch with nothing able to run", async () => {
    const parent = await tempDir();
    const clone = await cloneRepository(`${server.url}/app.git`, { ...base, tempParent: parent });
    expect(clone.commit).toBe(sourceCommit);
    expect(clone.branch).toBe("main");
    expect(await readFile(join(clone.dir, "main.py"), "utf8")).toBe("print('hello')\n");
    // core.symlinks=false: a link is checked out as a small text file holding its target.
    expect((await lstat(join(clone.dir, "link.py"))).isSymbolicLink()).toBe(false);
    expect(await readFile(join(clone.dir, "link.py"), "utf8")).toBe("/etc/passwd");
    expect(existsSync(join(clone.dir, ".git", "hooks"))).toBe(false);
    expect(existsSync(join(clone.dir, "dep", ".git"))).toBe(false);
    expect(git(clone.dir, "rev-list", "--count", "HEAD").trim()).toBe("1");
    await clone.cleanup();
    await clone.cleanup();
    expect(await readdir(parent)).toEqual([]);
  });

  it("checks out a named branch", async () => {
    const clone = await cloneRepository(`${server.url}/app.git`, { ...base, ref: "release" });
    try {
      expect(clone.commit).toBe(releaseCommit);
      expect(clone.branch).toBe("release");
      expect(existsSync(join(clone.dir, "release.py"))).toBe(true);
    } finally {
      await clone.cleanup();
    }
  });

  it("checks out a commit given by its full id, detached", async () => {
    const clone = await cloneRepository(`${server.url}/app.git`, { ...base, ref: sourceCommit });
    try {
      expect(clone.commit).toBe(sourceCommit);
      expect(clone.branch).toBeUndefined();
      expect(existsSync(join(clone.dir, "main.py"))).toBe(true);
      expect(existsSync(join(clone.dir, "release.py"))).toBe(false);
      expect((await lstat(join(clone.dir, "link.py"))).isSymbolicLink()).toBe(false);
      expect(existsSync(join(clone.dir, ".git", "hooks"))).toBe(false);
    } finally {
      await clone.cleanup();
    }
  });

  const failures: readonly (readonly [
    label: string,
    url: () => string,
    options: Partial<CloneOptions>,
    message: string,
  ])[] = [
    ["a missing repository", () => `${server.url}/missing.git`, {}, "could not clone"],
    ["a missing branch", () => `${server.url}/app.git`, { ref: "nope" }, "could not clone"],
    ["an unknown commit", () => `${server.url}/app.git`, { ref: "0".repeat(40) }, "could not clone"],
    [
      "a repository over the size limit",
      () => `${server.url}/big.git`,
      { maxBytes: MiB },
      "larger than the 1.0 MiB clone limit",
    ],
    [
      "a server that never answers",
      () => `${silent.url}/app.git`,
      { timeoutMs: 1500 },
      "took longer than 2 s",
    ],
  ];
  it.each(failures)("fails on %s and leaves nothing behind", async (_label, url, options, message) => {
    const parent = await tempDir();
    const error = await cloneRepository(url(), { ...base, ...options, tempParent: parent }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: "CG_GIT_CLONE_FAILED" });
    expect((error as Error).message).toContain(message);
    expect(await readdir(parent)).toEqual([]);
  });
});

describe("a cancelled clone", () => {
  it("is a cancellation, not a clone failure, and leaves nothing behind", async () => {
    let heard = (): void => undefined;
    const asked = new Promise<void>((resolve) => (heard = resolve));
    // Answers nothing: the clone is waiting on the network when it is cancelled.
    const stalled = createServer(() => heard());
    await new Promise<void>((resolve) => stalled.listen(0, "127.0.0.1", resolve));
    try {
      const parent = await tempDir();
      const controller = new AbortController();
      const { port } = stalled.address() as AddressInfo;
      const pending = cloneRepository(`http://127.0.0.1:${port}/app.git`, {
        ...base,
        tempParent: parent,
        signal: controller.signal,
      }).catch((e: unknown) => e);
      await asked;
      controller.abort();
      expect(await pending).toMatchObject({ code: "CG_CANCELLED" });
      expect(await readdir(parent)).toEqual([]);
    } finally {
      stalled.closeAllConnections();
      await new Promise((resolve) => stalled.close(resolve));
    }
  });
});

describe("cloneRepository refuses what it must not run", () => {
  const forbidden: readonly string[] = [
    "file:///etc",
    "ext::sh -c touch% /tmp/cg-pwned",
    "ext::sh%20-c%20id",
    "--upload-pack=touch /tmp/cg-pwned",
    "-oProxyCommand=touch /tmp/cg-pwned",
    "ssh://-oProxyCommand=touch/repo",
    "http://127.0.0.1:9/plain-http-needs-permission.git",
  ];
  it.each(forbidden)("refuses %j before running git", async (url) => {
    const parent = await tempDir();
    await expect(
      cloneRepository(url, { timeoutMs: 5000, maxBytes: MiB, tempParent: parent }),
    ).rejects.toMatchObject({
      code: "CG_GIT_URL_FORBIDDEN",
    });
    expect(await readdir(parent)).toEqual([]);
    expect(existsSync("/tmp/cg-pwned")).toBe(false);
  });

  it("refuses a ref that could be read as an option", async () => {
    await expect(
      cloneRepository(`${server.url}/app.git`, { ...base, ref: "--upload-pack=touch /tmp/cg-pwned" }),
    ).rejects.toMatchObject({
      code: "CG_GIT_CLONE_FAILED",
      message: expect.stringContaining("not a valid branch") as unknown,
    });
  });

  it("fails fast on an unreachable host and never prints the credentials in the URL", async () => {
    const started = Date.now();
    const error = await cloneRepository("https://alice:s3cret-token@127.0.0.1:9/x.git", {
      timeoutMs: 20_000,
      maxBytes: MiB,
    }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(error).toMatchObject({ code: "CG_GIT_CLONE_FAILED" });
    const text = `${(error as Error).message} ${String((error as { hint?: string }).hint)}`;
    expect(text).toContain("https://127.0.0.1:9/x.git");
    expect(text).not.toContain("s3cret");
  });
});
