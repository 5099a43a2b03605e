import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { AnalyserInput } from "../core/analyser.js";
import { DEFAULT_CONFIG, type ResolvedConfig } from "../core/config.js";
import type { ProgressEvent } from "../core/progress.js";
import type { SourceFile } from "../core/source-file.js";
import { MARKERS, testRules } from "./hostile-rules.test-support.js";
import { createRulesAnalyser } from "./rules-analyser.js";
import { RulesPool } from "./rules-pool.js";

function file(path: string, text: string): SourceFile {
  return {
    path,
    absolutePath: `/repo/${path}`,
    language: "python",
    text,
    bytes: Buffer.byteLength(text),
    lines: text.split("\n").length,
    hash: createHash("sha256").update(text).digest("hex"),
  };
}

const INJECTION =
  'import os\nfrom flask import request\n\ndef run():\n    os.system("echo " + request.args["n"])\n';
const config: ResolvedConfig = {
  ...DEFAULT_CONFIG,
  limits: { ...DEFAULT_CONFIG.limits, rulesFileTimeoutSeconds: 1 },
};

describe("rules analyser on the pool", () => {
  const pool = new RulesPool({ threads: 2, testRules });
  const analyser = createRulesAnalyser({ pool });
  afterAll(() => pool.close());

  const input = (files: readonly SourceFile[], progress: (event: ProgressEvent) => void = () => undefined) =>
    ({
      root: "/repo",
      files,
      config,
      signal: new AbortController().signal,
      progress,
    }) satisfies AnalyserInput;

  it("leaves a file some rule did not finish out of the analysed paths", async () => {
    const files = [
      file("ok.py", INJECTION),
      file("crash.py", `${INJECTION}# ${MARKERS.recurse}\n`),
      file("slow.py", `${INJECTION}# ${MARKERS.spin}\n`),
    ];
    const output = await analyser.analyse(input(files));
    expect(output.analysedPaths).toEqual(["ok.py"]);
    expect(output.filesAnalysed).toBe(2);
    expect(output.notices.filter((n) => n.incomplete).map((n) => [n.file, n.message])).toEqual([
      ["crash.py", "rule test/recurse failed: Maximum call stack size exceeded"],
      ["slow.py", "not analysed (time limit): the rules took longer than 1 s on this file"],
    ]);
    const rulesOn = (path: string) => output.findings.filter((f) => f.file === path).map((f) => f.ruleId);
    expect(rulesOn("crash.py")).toEqual(rulesOn("ok.py"));
    expect(rulesOn("ok.py").length).toBeGreaterThan(0);
    expect(rulesOn("slow.py")).toEqual([]);
  });

  it("links the workers' summaries: a request value passed to another module's sink is one finding there", async () => {
    const files = [
      file(
        "views.py",
        'from flask import request\nfrom db import find_user\n\ndef show():\n    return find_user(request.args["name"])\n',
      ),
      file(
        "db.py",
        'import sqlite3\n\ndef find_user(name):\n    return sqlite3.connect("a.db").execute("SELECT * FROM u WHERE n = \'" + name + "\'")\n',
      ),
    ];
    const output = await analyser.analyse(input(files));
    const sql = output.findings.filter((f) => f.ruleId === "py/sql-injection");
    expect(sql.map((f) => [f.file, f.range.start.line, f.severity])).toEqual([["db.py", 4, "critical"]]);
    expect(sql[0]?.description).toContain("views.py line 5");
  });

  it("says which templates it did not read, and why", async () => {
    const big = {
      ...file("views/report.ejs", `<%- x %>\n${"<p>row</p>\n".repeat(60_000)}`),
      language: "template" as const,
    };
    const output = await analyser.analyse(input([file("ok.py", "x = 1\n"), big]));
    expect(
      output.notices.filter((n) => n.file === "views/report.ejs").map((n) => [n.level, n.message]),
    ).toEqual([
      ["info", "template not read (over 512 KB): a view rendering it is judged without what it prints raw"],
    ]);
  });

  it("follows no flow across files from a test no production file imports", async () => {
    const files = [
      file(
        "tests/test_db.py",
        'from flask import request\nfrom db import find_user\n\ndef test_find():\n    find_user(request.args["name"])\n',
      ),
      file(
        "db.py",
        'import sqlite3\n\ndef find_user(name):\n    return sqlite3.connect("a.db").execute("SELECT * FROM u WHERE n = \'" + name + "\'")\n',
      ),
    ];
    const severities = async (nonProduction: ReadonlySet<string>) =>
      (await analyser.analyse({ ...input(files), nonProduction })).findings
        .filter((f) => f.ruleId === "py/sql-injection")
        .map((f) => [f.file, f.severity]);
    // As production code, the test's request value is a flow into db.py; as a test, only the helper's own note stays.
    expect(await severities(new Set())).toEqual([["db.py", "critical"]]);
    expect(await severities(new Set(["tests/test_db.py"]))).toEqual([["db.py", "medium"]]);
  });

  it("sends a progress event for every file, counting up to the total", async () => {
    const files = Array.from({ length: 5 }, (_, i) => file(`f${i}.py`, INJECTION));
    const events: ProgressEvent[] = [];
    await analyser.analyse(input(files, (event) => events.push(event)));
    const counts = events.flatMap((e) => (e.kind === "file" ? [[e.done, e.total]] : []));
    expect(counts).toEqual([1, 2, 3, 4, 5].map((done) => [done, 5]));
  });
});
