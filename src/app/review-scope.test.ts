import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../core/config.js";
import { RulesPool } from "../workers/rules-pool.js";
import { discoverScope } from "./review-scope.js";

const dirs: string[] = [];
function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "cg-scope-"));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const VENDORED = {
  "vendor/LICENSE": "MIT\n",
  "vendor/__init__.py": "",
  "vendor/helpers.py": "import os\n",
  "web/dist/package.json": "{}\n",
  "web/dist/util.js": "export const x = 1;\n",
};

/** What a review keeps of a scope: reviewed paths, skips with reasons, and the graph's edges. */
async function scopeOf(root: string, pool?: RulesPool) {
  const scope = await discoverScope(
    { root, paths: [], ...(pool ? { pool } : {}) },
    DEFAULT_CONFIG,
    DEFAULT_CONFIG,
  );
  return {
    files: scope.files.map((f) => f.path),
    skipped: scope.skipped.map((s) => `${s.path}: ${s.reason}`),
    notices: scope.notices ?? [],
    edges: Object.fromEntries([...scope.importGraph.imports].map(([from, to]) => [from, [...to].sort()])),
  };
}

describe("discoverScope: the import graph", () => {
  const pool = new RulesPool({ threads: 2 });
  afterAll(async () => {
    await pool.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("is read in the rules pool's workers, with the same scope and graph as on this thread", async () => {
    const root = repo({
      ...VENDORED,
      "app.py": "from vendor.helpers import f\n",
      "web/main.js": "import { x } from './dist/util.js';\n",
    });
    const before = pool.workersStarted;
    const inPool = await scopeOf(root, pool);
    expect(pool.workersStarted).toBeGreaterThan(before);
    expect(inPool).toEqual(await scopeOf(root));
    expect(inPool.files).toContain("vendor/helpers.py");
    expect(inPool.edges).toEqual({
      "app.py": ["vendor/helpers.py"],
      "web/main.js": ["web/dist/util.js"],
    });
  });

  it("keeps the vendored decision: a directory nothing imports is skipped, in the pool as on this thread", async () => {
    const root = repo({ ...VENDORED, "app.py": "print(1)\n", "web/main.js": "console.log(1);\n" });
    const inPool = await scopeOf(root, pool);
    expect(inPool).toEqual(await scopeOf(root));
    expect(inPool.skipped).toEqual(["vendor/: vendored", "web/dist/: vendored"]);
    expect(inPool.edges).toEqual({});
  });

  it("falls back to this thread, with a warning, when the pool cannot read the imports", async () => {
    const root = repo({ ...VENDORED, "app.py": "from vendor.helpers import f\n" });
    const closed = new RulesPool({ threads: 1 });
    await closed.close();
    const { notices, ...scope } = await scopeOf(root, closed);
    const { notices: none, ...alone } = await scopeOf(root);
    expect(scope).toEqual(alone);
    expect(none).toEqual([]);
    expect(notices.map((n) => n.message)).toEqual([
      "imports read on the main thread: the rules pool failed (the rules pool is closed)",
    ]);
  });
});
