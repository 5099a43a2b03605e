import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readWorkingFile, uncommittedPaths, writeWorkingFile, type WorkingFile } from "./apply-fixes.js";
import { commitAll, initRepo } from "./git-repo.test-support.js";
import { makeTree, removeTree } from "./temp-tree.test-support.js";

let root: string;
let outside: string;
beforeEach(async () => {
  outside = await makeTree({ "secret.py": "x = 1\n" });
  root = await makeTree({
    "app/lf.py": "x == None\n",
    "app/crlf.py": "a = 1\r\nb = 2\r\n",
    "app/bom.py": "\uFEFFx = 1\n",
    "app/link.py": { symlink: join(outside, "secret.py") },
    "app/inner.py": { symlink: "lf.py" },
    "logo.gif": new Uint8Array([0x47, 0x49, 0x46, 0, 1, 2]),
  });
});
afterEach(async () => {
  await removeTree(root);
  await removeTree(outside);
});

async function read(path: string): Promise<WorkingFile> {
  const file = await readWorkingFile(root, path);
  if ("refused" in file) throw new Error(file.refused);
  return file;
}

describe("readWorkingFile", () => {
  it.each([
    ["../outside.py", "path leaves the repository"],
    ["/etc/passwd", "path leaves the repository"],
    ["app/link.py", "a symbolic link leads outside the repository"],
    ["app/missing.py", "file no longer exists"],
    ["logo.gif", "not a reviewable text file (binary)"],
  ])("refuses %s: %s", async (path, refused) => {
    expect(await readWorkingFile(root, path)).toEqual({ refused });
  });

  it("follows a link that stays inside", async () => {
    expect((await read("app/inner.py")).source.text).toBe("x == None\n");
  });

  it("strips the byte-order mark from the text and remembers it", async () => {
    const file = await read("app/bom.py");
    expect([file.bom, file.source.text]).toEqual([true, "x = 1\n"]);
  });
});

describe("writeWorkingFile", () => {
  const cases: { path: string; text: string; bytes: string }[] = [
    { path: "app/lf.py", text: "x is None\n", bytes: "x is None\n" },
    { path: "app/crlf.py", text: "a = 10\r\nb = 2\r\n", bytes: "a = 10\r\nb = 2\r\n" },
    { path: "app/bom.py", text: "x = 2\n", bytes: "\uFEFFx = 2\n" },
  ];
  it.each(cases)("writes $path with its own encoding and line endings", async ({ path, text, bytes }) => {
    const file = await read(path);
    expect(await writeWorkingFile(file, text)).toHaveProperty("hash");
    expect(await readFile(join(root, path), "utf8")).toBe(bytes);
  });

  it("refuses a file that changed after it was read", async () => {
    const file = await read("app/lf.py");
    await writeFile(join(root, "app/lf.py"), "y = 2\n");
    expect(await writeWorkingFile(file, "x is None\n")).toEqual({
      refused: "file changed since it was read",
    });
    expect(await readFile(join(root, "app/lf.py"), "utf8")).toBe("y = 2\n");
  });
});

describe("uncommittedPaths", () => {
  it("is undefined outside a git work tree", async () => {
    expect(await uncommittedPaths(root)).toBeUndefined();
  });

  it("lists modified and untracked files relative to the reviewed folder", async () => {
    initRepo(root);
    commitAll(root, "first");
    await writeFile(join(root, "app/lf.py"), "changed\n");
    await writeFile(join(root, "app/new file.py"), "new\n");
    expect([...((await uncommittedPaths(join(root, "app"))) ?? [])].sort()).toEqual(["lf.py", "new file.py"]);
    expect([...((await uncommittedPaths(root)) ?? [])].sort()).toEqual(["app/lf.py", "app/new file.py"]);
  });
});
