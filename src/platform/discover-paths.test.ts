import { execFileSync } from "node:child_process";
import { chmod } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { discover, reasons, useTrees } from "./discover.test-support.js";

const tree = useTrees();

describe("discoverFiles: symlinks", () => {
  it("never follows a link out of the root, follows links inside it once, and survives loops", async () => {
    const outside = await tree({ "secret.py": "x = 1\n", "lib/mod.py": "x = 1\n" });
    const root = await tree({
      "real/a.py": "x = 1\n",
      "real/loop": { symlink: ".." },
      alias: { symlink: "real" },
      "same.py": { symlink: "real/a.py" },
      "out.py": { symlink: join(outside, "secret.py") },
      outdir: { symlink: join(outside, "lib") },
      "dangling.py": { symlink: "missing.py" },
      self: { symlink: "self" },
    });
    const result = await discover(root);
    expect(result.files.map((f) => f.path)).toEqual(["real/a.py"]);
    expect(reasons(result)).toEqual({
      "alias/": "ignored",
      "same.py": "ignored",
      "out.py": "symlink-outside",
      "outdir/": "symlink-outside",
      "dangling.py": "unreadable",
      self: "unreadable",
      "real/loop/": "ignored",
    });
    const details = Object.fromEntries(result.skipped.map((s) => [s.path, s.detail]));
    expect(details["same.py"]).toBe("same file as real/a.py (symlink)");
    expect(details["alias/"]).toBe("symlink to real, already in scope");
  });

  it("reviews a directory reached only through an inside link under the link's path", async () => {
    const root = await tree({
      ".gitignore": "hidden/\n",
      "hidden/a.py": "x = 1\n",
      shown: { symlink: "hidden" },
    });
    const result = await discover(root);
    expect(result.files.map((f) => f.path)).toEqual(["shown/a.py"]);
  });
});

describe("discoverFiles: named paths (as pre-commit passes them)", () => {
  it("reviews only the named files and directories, with the checks of their ancestors", async () => {
    const root = await tree({
      ".gitignore": "ignored/\n",
      "a.py": "x\n",
      "b.py": "x\n",
      "pkg/c.py": "x\n",
      "pkg/d.py": "x\n",
      "pkg/sub/.gitignore": "e.py\n",
      "pkg/sub/e.py": "x\n",
      "ignored/f.py": "x\n",
      "node_modules/g.js": "x\n",
      "venv/pyvenv.cfg": "home = /usr\n",
      "venv/h.py": "x\n",
      "package-lock.json": "{}\n",
    });
    const paths = [
      "a.py",
      "pkg",
      "pkg/c.py",
      "pkg/sub/e.py",
      "ignored/f.py",
      "node_modules/g.js",
      "venv/h.py",
      "package-lock.json",
    ];
    const result = await discover(root, { paths: paths.map((p) => join(root, p)) });
    expect(result.files.map((f) => f.path)).toEqual(["a.py", "pkg/c.py", "pkg/d.py"]);
    expect(reasons(result)).toEqual({
      "pkg/sub/.gitignore": "unsupported",
      "pkg/sub/e.py": "ignored",
      "ignored/": "ignored",
      "node_modules/": "vendored",
      "venv/": "vendored",
      "package-lock.json": "generated",
    });
  });

  it("reviews a file named twice, or inside a named directory, once", async () => {
    const root = await tree({ "a/b.py": "x\n", "a.py": "x\n", "a.b/c.py": "x\n" });
    const paths = ["a.py", "a/b.py", "a", "a.b/c.py", "a/b.py", "a.py"].map((p) => join(root, p));
    const result = await discover(root, { paths });
    expect(result.files.map((f) => f.path)).toEqual(["a.b/c.py", "a.py", "a/b.py"]);
    expect(result.skipped).toEqual([]);
  });

  it("walks the whole root when the root itself is named", async () => {
    const root = await tree({ "a.py": "x\n", "b/c.py": "x\n" });
    const result = await discover(root, { paths: [join(root, "a.py"), root] });
    expect(result.files.map((f) => f.path)).toEqual(["a.py", "b/c.py"]);
  });

  const errors: readonly (readonly [label: string, path: (root: string) => string, code: string])[] = [
    ["a missing path", (root) => join(root, "nope.py"), "CG_TARGET_MISSING"],
    ["a path outside the root", () => "/etc/hostname", "CG_TARGET_INVALID"],
    ["a path escaping with ..", (root) => join(root, "..", "x.py"), "CG_TARGET_MISSING"],
  ];
  it.each(errors)("refuses %s with a coded error", async (_label, path, code) => {
    const root = await tree({ "a.py": "x\n" });
    await expect(discover(root, { paths: [path(root)] })).rejects.toMatchObject({ code });
  });

  it("refuses a root that does not exist or is a file", async () => {
    const root = await tree({ "a.py": "x\n" });
    await expect(discover(join(root, "missing"))).rejects.toMatchObject({ code: "CG_TARGET_MISSING" });
    await expect(discover(join(root, "a.py"))).rejects.toMatchObject({ code: "CG_TARGET_INVALID" });
  });
});

describe("discoverFiles: special files", () => {
  it("skips a named pipe without opening it", async () => {
    const root = await tree({ "a.py": "x\n" });
    execFileSync("mkfifo", [join(root, "pipe.py")]);
    const result = await discover(root);
    expect(result.files.map((f) => f.path)).toEqual(["a.py"]);
    expect(reasons(result)).toEqual({ "pipe.py": "unsupported" });
  });

  // Root reads every file regardless of its mode, so permission errors only show up for other users.
  it.skipIf(process.getuid?.() === 0)("reports a file it may not read as unreadable", async () => {
    const root = await tree({ "a.py": "x\n", "locked.py": "x\n" });
    await chmod(join(root, "locked.py"), 0o000);
    const result = await discover(root);
    expect(result.skipped).toEqual([
      { path: "locked.py", reason: "unreadable", detail: "permission denied" },
    ]);
  });
});
