import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { isCodeGuardianError } from "../core/errors.js";
import type { SourceFile } from "../core/source-file.js";
import { readImports } from "../rules/imports/build-import-graph.js";
import { BUILTIN_RULES } from "../rules/registry.js";
import { MARKERS, testRules } from "./hostile-rules.test-support.js";
import { RulesPool, type FileOutcome, type RulesJob } from "./rules-pool.js";

function file(path: string, text: string): SourceFile {
  return {
    path,
    absolutePath: `/repo/${path}`,
    language: path.endsWith(".py") ? "python" : "typescript",
    text,
    bytes: Buffer.byteLength(text),
    lines: text.split("\n").length,
    hash: createHash("sha256").update(text).digest("hex"),
  };
}

const py = (i: number): string =>
  `import os\nfrom flask import request\n\ndef handler_${i}():\n    name = request.args.get("n")\n    os.system("echo " + name)\n${"\n# padding line\n".repeat(200)}`;
const ts = (i: number): string =>
  `export function run${i}(req: { query: { x: string } }) {\n  const x = req.query.x;\n  return eval(x);\n}\n${"// padding line\n".repeat(200)}`;

const tree = (prefix: string, count: number): SourceFile[] =>
  Array.from({ length: count }, (_, i) =>
    i % 2 === 0 ? file(`${prefix}${i}.py`, py(i)) : file(`${prefix}${i}.ts`, ts(i)),
  );

const builtinIds = BUILTIN_RULES.map((rule) => rule.meta.id);
const allTestIds = testRules.rules.map((rule) => rule.meta.id);

function job(files: readonly SourceFile[], extra: Partial<RulesJob> = {}): RulesJob {
  return {
    files,
    ruleIds: builtinIds,
    fileTimeoutMs: 20_000,
    memoryMb: 1024,
    signal: new AbortController().signal,
    ...extra,
  };
}

/** Only what a review keeps of an outcome: the rules' findings and notices, or why there are none. */
const summary = (outcomes: readonly FileOutcome[]) =>
  outcomes.map((o) =>
    o.kind === "analysed"
      ? { drafts: o.result.drafts.map((d) => `${d.ruleId}@${d.range.start.line}`), notices: o.result.notices }
      : o.reason,
  );

const rejection = async (pending: Promise<unknown>): Promise<string> => {
  try {
    await pending;
    return "resolved";
  } catch (error) {
    return isCodeGuardianError(error) ? error.code : String(error);
  }
};

describe("RulesPool", () => {
  const pool = new RulesPool({ threads: 2 });
  const hostile = new RulesPool({ threads: 2, testRules });
  const single = new RulesPool({ threads: 1, testRules });
  afterAll(async () => {
    await Promise.all([pool.close(), hostile.close(), single.close()]);
  });

  it("runs every file in a worker, keeps the workers for the next review, and gives the same results", async () => {
    const files = tree("a", 24);
    const first = await pool.run(job(files));
    const started = pool.workersStarted;
    const second = await pool.run(job(files));
    expect(first.every((o) => o.kind === "analysed")).toBe(true);
    expect(
      summary(first).flatMap((s) => (typeof s === "string" ? [] : s.drafts)).length,
    ).toBeGreaterThanOrEqual(24);
    expect(summary(second)).toEqual(summary(first));
    expect(started).toBeGreaterThanOrEqual(1);
    expect(started).toBeLessThanOrEqual(2);
    expect(pool.workersStarted).toBe(started);
  });

  it("gives every batch the review's templates, sent once per worker, and each concurrent review its own", async () => {
    const view = (i: number) =>
      file(
        `routes/r${i}.js`,
        `const app = require("express")();\napp.get("/r${i}", (req, res) => {\n  res.render("page", { title: req.query.t });\n});\n${"// padding line\n".repeat(200)}`,
      );
    // ~3 KB a file: several batches for each of the two workers.
    const files = Array.from({ length: 60 }, (_, i) => ({ ...view(i), language: "javascript" as const }));
    const raw = [{ path: "views/page.ejs", text: "<h1><%- title %></h1>" }];
    const escaped = [{ path: "views/page.ejs", text: "<h1><%= title %></h1>" }];
    const [a, b] = await Promise.all([
      pool.run(job(files, { templates: raw })),
      pool.run(job(files, { templates: escaped })),
    ]);
    const xss = (outcomes: readonly FileOutcome[]) =>
      summary(outcomes).map((s) =>
        typeof s === "string" ? s : s.drafts.filter((d) => d.startsWith("js/reflected-xss@")),
      );
    expect(xss(a)).toEqual(files.map(() => ["js/reflected-xss@3"]));
    expect(xss(b)).toEqual(files.map(() => []));
  });

  it("starts one worker for a tiny review, none for a review with no files", async () => {
    const solo = new RulesPool({ threads: 2 });
    try {
      expect(await solo.run(job([]))).toEqual([]);
      expect(solo.workersStarted).toBe(0);
      await solo.run(job(tree("t", 3)));
      expect(solo.workersStarted).toBe(1);
    } finally {
      await solo.close();
    }
  });

  it("gives concurrent reviews on one pool the results each gets alone", async () => {
    const a = tree("a", 16);
    const b = tree("b", 9);
    const soloA = summary(await pool.run(job(a)));
    const soloB = summary(await pool.run(job(b)));
    const [together, other] = await Promise.all([pool.run(job(a)), pool.run(job(b))]);
    expect(summary(together)).toEqual(soloA);
    expect(summary(other)).toEqual(soloB);
  });

  it("cancels one review promptly and keeps serving the others", async () => {
    const files = tree("c", 8);
    const expected = summary(await hostile.run(job(files, { ruleIds: allTestIds })));
    const controller = new AbortController();
    const stuck = hostile.run(
      job([file("spin.py", `# ${MARKERS.spin}\n`)], { ruleIds: allTestIds, signal: controller.signal }),
    );
    const other = hostile.run(job(files, { ruleIds: allTestIds }));
    const t0 = performance.now();
    setTimeout(() => controller.abort(), 200);
    expect(await rejection(stuck)).toBe("CG_CANCELLED");
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(summary(await other)).toEqual(expected);
    expect(summary(await hostile.run(job(files, { ruleIds: allTestIds })))).toEqual(expected);
  });

  it("a cancel drops the review's waiting batches and stops its running one; the next review's files all run", async () => {
    const expected = summary(await single.run(job(tree("n", 4), { ruleIds: allTestIds })));
    const started = single.workersStarted;
    const controller = new AbortController();
    const done: string[] = [];
    // One worker: the first batch is [q0, spin, q2], the rest wait behind it.
    const files = [file("q0.py", py(0)), file("spin.py", `# ${MARKERS.spin}\n`), ...tree("q", 10).slice(2)];
    const cancelled = single.run(
      job(files, {
        ruleIds: allTestIds,
        // Longer than the test may take: only the cancel can free this worker.
        fileTimeoutMs: 600_000,
        signal: controller.signal,
        onFile: (f) => {
          done.push(f.path);
          // Cancelled while its worker is spinning on the next file.
          controller.abort();
        },
      }),
    );
    const next = single.run(job(tree("n", 4), { ruleIds: allTestIds }));
    expect(await rejection(cancelled)).toBe("CG_CANCELLED");
    expect(summary(await next)).toEqual(expected);
    expect(done).toEqual(["q0.py"]);
    // The worker spinning on the cancelled file was terminated and replaced, once.
    expect(single.workersStarted).toBe(started + 1);
  });

  it("reports progress for every file as it finishes", async () => {
    const files = tree("p", 7);
    const seen: string[] = [];
    await pool.run(job(files, { onFile: (f) => seen.push(f.path) }));
    expect([...seen].sort()).toEqual(files.map((f) => f.path).sort());
  });

  it("stops a file at the time limit, replaces its worker and finishes the others", async () => {
    const files = [...tree("s", 4), file("slow.py", `# ${MARKERS.spin}\nimport os\n`)];
    const t0 = performance.now();
    const outcomes = await hostile.run(job(files, { ruleIds: allTestIds, fileTimeoutMs: 800 }));
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(summary(outcomes).slice(0, 4)).toEqual(
      summary(await hostile.run(job(tree("s", 4), { ruleIds: allTestIds }))),
    );
    expect(outcomes[4]).toMatchObject({ kind: "not-analysed", reason: "time limit" });
  });

  it("gives each file of a batch its own time limit: a batch may outlast it", async () => {
    // One worker, 16 files: batches of four files of 0.3 s each, 1.2 s per batch against a 1 s limit.
    const files = Array.from({ length: 16 }, (_, i) => file(`d${i}.py`, `# ${MARKERS.dawdle}\nimport os\n`));
    const before = single.workersStarted;
    const outcomes = await single.run(job(files, { ruleIds: allTestIds, fileTimeoutMs: 1000 }));
    expect(outcomes.every((o) => o.kind === "analysed")).toBe(true);
    expect(single.workersStarted - before).toBeLessThanOrEqual(1);
  });

  it("names only the file past its limit in a batch; the batch's files after it run again and are analysed", async () => {
    // One worker, 17 files: batches of five, the slow file second in the second batch.
    const small = tree("b", 16);
    const files = [
      ...small.slice(0, 6),
      file("slow.py", `# ${MARKERS.spin}\nimport os\n`),
      ...small.slice(6),
    ];
    const alone = summary(await single.run(job(small, { ruleIds: allTestIds })));
    const before = single.workersStarted;
    const outcomes = await single.run(job(files, { ruleIds: allTestIds, fileTimeoutMs: 800 }));
    expect(outcomes[6]).toMatchObject({ kind: "not-analysed", reason: "time limit" });
    expect(summary([...outcomes.slice(0, 6), ...outcomes.slice(7)])).toEqual(alone);
    // Only the slow file's worker was replaced.
    expect(single.workersStarted - before).toBe(1);
  });

  it("stops a file at the memory ceiling and finishes the others", async () => {
    const files = [file("greedy.py", `# ${MARKERS.allocate}\n`), ...tree("m", 3)];
    const outcomes = await hostile.run(job(files, { ruleIds: allTestIds, memoryMb: 96 }));
    expect(outcomes[0]).toMatchObject({ kind: "not-analysed", reason: "memory limit" });
    expect(outcomes.slice(1).every((o) => o.kind === "analysed")).toBe(true);
  });

  it("turns a rule's stack overflow into an incomplete notice for that rule and file, keeping the other rules' findings", async () => {
    const text = `${ts(1)}// ${MARKERS.recurse}\n`;
    const [crashed] = await hostile.run(job([file("deep.ts", text)], { ruleIds: allTestIds }));
    const [control] = await hostile.run(job([file("deep.ts", ts(1))], { ruleIds: allTestIds }));
    expect(crashed?.kind).toBe("analysed");
    expect(control?.kind).toBe("analysed");
    if (crashed?.kind !== "analysed" || control?.kind !== "analysed") return;
    expect(crashed.result.notices).toEqual([
      {
        level: "error",
        analyser: "rules",
        file: "deep.ts",
        message: "rule test/recurse failed: Maximum call stack size exceeded",
        incomplete: true,
      },
    ]);
    expect(control.result.notices).toEqual([]);
    expect(crashed.result.drafts.map((d) => d.ruleId)).toEqual(control.result.drafts.map((d) => d.ruleId));
    expect(control.result.drafts.length).toBeGreaterThan(0);
  });

  it("once closed, ends running reviews, terminates its workers and refuses new ones", async () => {
    const closing = new RulesPool({ threads: 1, testRules });
    const running = closing.run(job([file("spin.py", `# ${MARKERS.spin}\n`)], { ruleIds: allTestIds }));
    const outcome = rejection(running);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await closing.close();
    expect(await outcome).toBe("CG_RULES_POOL_CLOSED");
    expect(closing.size).toBe(0);
    expect(await rejection(closing.run(job(tree("z", 1))))).toBe("CG_RULES_POOL_CLOSED");
  });
});

describe("RulesPool.readImports", () => {
  const pool = new RulesPool({ threads: 2 });
  afterAll(async () => {
    await pool.close();
  });

  it("reads each file's imports in the workers, as readImports does on this thread", async () => {
    const files = [
      file("app.py", "from .pkg import mod\nimport os, json\n"),
      file("web/main.ts", "import { x } from './util.js';\nconst y = require('../lib');\n"),
      ...tree("r", 70),
    ];
    const outcomes = await pool.readImports({
      files,
      fileTimeoutMs: 20_000,
      memoryMb: 1024,
      signal: new AbortController().signal,
    });
    expect(outcomes).toEqual(files.map((f) => ({ kind: "analysed", result: readImports(f) })));
    expect(outcomes[0]).toEqual({
      kind: "analysed",
      result: {
        kind: "python",
        imports: [
          { level: 1, module: "pkg", names: ["mod"] },
          { level: 0, module: "os", names: [] },
          { level: 0, module: "json", names: [] },
        ],
      },
    });
  });
});
