import { execFileSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertNoSymlinkBelow, readRepoFile, symlinkBelow, writeRepoFile } from "./safe-fs.js";

let base: string;
let root: string;
let outside: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), "cg-safe-fs-"));
  root = join(base, "root");
  outside = join(base, "outside");
  mkdirSync(join(root, "dir"), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(root, "dir", "ok.txt"), "hello");
  writeFileSync(join(root, "plain"), "a file where a directory is expected");
  writeFileSync(join(outside, "secret.txt"), "outside");
  symlinkSync(join(outside, "secret.txt"), join(root, "dir", "link.txt"));
  symlinkSync(outside, join(root, "linked"));
  execFileSync("mkfifo", [join(root, "dir", "fifo")]);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("readRepoFile", () => {
  const cases: { path: string; cap: number; expected: unknown }[] = [
    { path: "dir/ok.txt", cap: 5, expected: { kind: "text", text: "hello" } },
    {
      path: "dir/ok.txt",
      cap: 4,
      expected: { kind: "refused", reason: "dir/ok.txt is larger than 4 bytes" },
    },
    { path: "dir/none.txt", cap: 9, expected: { kind: "missing" } },
    { path: "none/x.txt", cap: 9, expected: { kind: "missing" } },
    { path: "dir/link.txt", cap: 9, expected: { kind: "refused", reason: "dir/link.txt is a symlink" } },
    { path: "linked/secret.txt", cap: 9, expected: { kind: "refused", reason: "linked is a symlink" } },
    { path: "dir/fifo", cap: 9, expected: { kind: "refused", reason: "dir/fifo is not a regular file" } },
    { path: "plain/x", cap: 9, expected: { kind: "not-a-directory", reason: "plain is not a directory" } },
    { path: "dir", cap: 9, expected: { kind: "not-a-directory", reason: "dir is a directory" } },
  ];
  it.each(cases)("reads $path (cap $cap) as $expected.kind", async ({ path, cap, expected }) => {
    expect(await readRepoFile(root, path, cap)).toEqual(expected);
  });

  it("refuses paths that leave the root", async () => {
    await expect(readRepoFile(root, "../outside/secret.txt", 99)).rejects.toMatchObject({
      code: "CG_UNSAFE_PATH",
    });
  });
});

describe("writeRepoFile", () => {
  it("creates missing directories and replaces the file atomically, leaving no temporary file", async () => {
    const written = await writeRepoFile(root, "new/deep/file.json", "{}\n", { atomic: true });
    expect(readFileSync(written, "utf8")).toBe("{}\n");
    await writeRepoFile(root, "new/deep/file.json", "[]\n", { atomic: true });
    expect(readdirSync(join(root, "new", "deep"))).toEqual(["file.json"]);
    expect(readFileSync(written, "utf8")).toBe("[]\n");
  });

  it("overwrites an existing file in place when not atomic, shorter content included", async () => {
    await writeRepoFile(root, "dir/over.txt", "a longer first version\n");
    await writeRepoFile(root, "dir/over.txt", "short\n");
    expect(readFileSync(join(root, "dir", "over.txt"), "utf8")).toBe("short\n");
  });

  it("refuses a FIFO at once instead of waiting for a reader", async () => {
    await expect(writeRepoFile(root, "dir/fifo", "x")).rejects.toMatchObject({
      message: expect.stringContaining("it is not a regular file") as unknown,
    });
  });

  it.each([
    ["linked/new.txt", "linked is a symlink"],
    ["dir/link.txt", "it is a symlink"],
    ["plain/new.txt", "plain is not a directory"],
  ])("refuses %s (%s) and writes nothing outside", async (path, reason) => {
    await expect(writeRepoFile(root, path, "x", { atomic: true })).rejects.toMatchObject({
      code: "CG_UNSAFE_PATH",
      message: expect.stringContaining(reason) as unknown,
    });
    expect(readdirSync(outside)).toEqual(["secret.txt"]);
    expect(readFileSync(join(outside, "secret.txt"), "utf8")).toBe("outside");
  });
});

describe("symlinkBelow", () => {
  it("names the first symlink on the way and accepts missing components", async () => {
    expect(await symlinkBelow(root, "linked/repos/x.db")).toBe("linked is a symlink");
    expect(await symlinkBelow(root, "dir/link.txt")).toBe("dir/link.txt is a symlink");
    expect(await symlinkBelow(root, "dir/not-yet/x.db")).toBeUndefined();
    await expect(assertNoSymlinkBelow(root, "linked/x.db")).rejects.toMatchObject({ code: "CG_UNSAFE_PATH" });
  });
});
