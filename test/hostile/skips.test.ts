import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, git } from "../support/cli-harness.js";
import { EXTERNAL_TOOLS_OFF, operatorHome, reviewReport } from "./hostile-support.js";

/**
 * Skip heuristics as evasion: one byte, one header line or a directory name
 * must not hide a file or a finding (docs/security-notes/skips-and-secrets.md).
 * Every case runs beside a control: the same code without the trick.
 */

interface Finding {
  ruleId: string;
  file: string;
  range: { start: { line: number } };
  sources: string[];
}
interface Report {
  completeness: string;
  findings: Finding[];
  skipped: { path: string; reason: string; detail?: string }[];
  notices: { analyser: string; message: string; file?: string; incomplete?: boolean }[];
}

// No user config from this machine; the settings below come in with -c (read as the repository's config).
const home = operatorHome("cg-h7-home-");
// The built-in rules are what these cases are about; external tools only slow them down.
const rulesOnly = join(home.dir, "rules-only.yml");
writeFileSync(rulesOnly, `${EXTERNAL_TOOLS_OFF.join("\n")}\n`);
const withEslint = join(home.dir, "with-eslint.yml");
writeFileSync(withEslint, `${EXTERNAL_TOOLS_OFF.filter((line) => !line.includes("eslint")).join("\n")}\n`);

async function review(
  dir: string,
  extra: string[] = [],
  config = rulesOnly,
): Promise<{ code: number; report: Report }> {
  const { code, report } = await reviewReport(dir, ["-c", config, ...extra]);
  return { code, report: report as Report };
}

/** "rule@line" for one file's findings from the built-in rules, sorted. */
function placed(report: Report, file: string, source = "rules"): string[] {
  return report.findings
    .filter((f) => f.file === file && f.sources.includes(source))
    .map((f) => `${f.ruleId}@${f.range.start.line}`)
    .sort();
}

const skipOf = (report: Report, path: string) => report.skipped.find((s) => s.path === path);

const JS_VULN = [
  "const cp = require('child_process');",
  "cp.exec('ls ' + process.argv[2]);",
  "eval(process.argv[3]);",
];
// The request is the source: a value typed at the terminal would only make a low note (docs/trust-levels.md).
const PY_VULN = [
  "import os; from flask import request",
  "def f():",
  '    os.system("rm -rf " + request.args["p"])',
];

describe("skip heuristics do not hide a file or a finding", () => {
  it("1.20: a NUL byte in a JavaScript comment does not make the file binary", async () => {
    const code = [JS_VULN[0], "// marker \0 byte", JS_VULN[1], JS_VULN[2], ""].join("\n");
    const dir = home.repo({
      "app.js": code,
      "control.js": code.replace("\0", " "),
      "logo.png": new Uint8Array([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
      ]),
      "blob.js": new Uint8Array(Array.from({ length: 256 }, (_, i) => i % 32)),
    });
    const { report } = await review(dir);
    expect(skipOf(report, "app.js")).toBeUndefined();
    expect(placed(report, "app.js")).toEqual(["js/code-injection@4", "js/command-injection@3"]);
    expect(placed(report, "app.js")).toEqual(placed(report, "control.js"));
    // Real binary content is still binary.
    expect(skipOf(report, "logo.png")?.reason).toBe("binary");
    expect(skipOf(report, "blob.js")?.reason).toBe("binary");
  });

  it("1.21: a PEP 263 latin-1 declaration decodes the file; positions stay right", async () => {
    const body = (cafe: Uint8Array) =>
      Buffer.concat([
        Buffer.from("# -*- coding: latin-1 -*-\nimport os\nname = 'caf"),
        cafe,
        Buffer.from("'\nos.system('rm ' + input())\n"),
      ]);
    const dir = home.repo({
      "legacy.py": body(new Uint8Array([0xe9])),
      "control.py": body(Buffer.from("é")).toString("utf8").replace("latin-1", "utf-8"),
      "klingon.py": "# coding: klingon-9\nimport os\nos.system('rm ' + input())\n",
      "notlatin.py": new Uint8Array([...Buffer.from("import os\nx = '"), 0xe9, ...Buffer.from("'\n")]),
    });
    const { report } = await review(dir);
    expect(skipOf(report, "legacy.py")).toBeUndefined();
    expect(placed(report, "legacy.py")).toEqual(["py/command-injection@4"]);
    expect(placed(report, "legacy.py")).toEqual(placed(report, "control.py"));
    // An encoding the runtime cannot decode, or bytes that are not UTF-8 without a declaration, stay skipped with a reason.
    expect(skipOf(report, "klingon.py")).toMatchObject({ reason: "invalid-encoding" });
    expect(skipOf(report, "klingon.py")?.detail).toContain("klingon-9");
    expect(skipOf(report, "notlatin.py")?.reason).toBe("invalid-encoding");
  });

  it.each([
    ["3 KB", 40],
    ["under 2 KB", 0],
  ])("1.24: lone-CR line endings (%s) are lines: not minified, finding on line 3", async (_size, padding) => {
    const pad = Array.from(
      { length: padding },
      (_, i) => `# padding comment line number ${i} to make the file longer`,
    );
    const lf = [...PY_VULN, ...pad, ""].join("\n");
    const dir = home.repo({
      "cr_only.py": lf.replace(/\n/g, "\r"),
      "control.py": lf,
      "crlf.py": lf.replace(/\n/g, "\r\n"),
    });
    const { code, report } = await review(dir);
    expect(skipOf(report, "cr_only.py")).toBeUndefined();
    expect(placed(report, "cr_only.py")).toEqual(["py/command-injection@3"]);
    expect(placed(report, "control.py")).toEqual(["py/command-injection@3"]);
    expect(placed(report, "crlf.py")).toEqual(["py/command-injection@3"]);
    expect(code).toBe(1);
  });

  it("1.25: U+2028 separates JavaScript lines: built-in rules and ESLint agree on line 3", async () => {
    const dir = home.repo({
      "sep.js": `${JS_VULN.join("\u2028")}\n`,
      "control.js": `${JS_VULN.join("\n")}\n`,
    });
    const { report } = await review(dir, [], withEslint);
    expect(placed(report, "sep.js")).toEqual(["js/code-injection@3", "js/command-injection@2"]);
    expect(placed(report, "sep.js")).toEqual(placed(report, "control.js"));
    const eslintRan = report.findings.some((f) => f.sources.includes("eslint"));
    if (eslintRan) {
      const evalLines = (file: string) =>
        report.findings
          .filter((f) => f.file === file && f.sources.includes("eslint"))
          .map((f) => f.range.start.line);
      expect(evalLines("sep.js")).toEqual(evalLines("control.js"));
      expect(evalLines("sep.js")).toContain(3);
    }
    // Python does not end lines at U+2028: a separator inside a comment shifts nothing.
    const py = home.repo({ "s.py": `# a\u2028b\n${PY_VULN.join("\n")}\n` });
    expect(placed((await review(py)).report, "s.py")).toEqual(["py/command-injection@4"]);
  });

  it("1.26: a hand-written 'Code generated … DO NOT EDIT' header does not make a file generated", async () => {
    const vuln = `${PY_VULN.join("\n")}\n`;
    const protocShape = "from google.protobuf import descriptor as _descriptor\n";
    const header = "# Code generated by protoc. DO NOT EDIT.\n";
    const dir = home.repo({
      "handler.py": header + vuln,
      "control.py": vuln,
      "real_gen.py": header + protocShape + vuln,
      "pkg/__init__.py": "",
      "pkg/used_gen.py": header + protocShape + vuln,
      "app.py": "from pkg import used_gen\nused_gen.f()\n",
    });
    const { report } = await review(dir);
    expect(skipOf(report, "handler.py")).toBeUndefined();
    expect(placed(report, "handler.py")).toEqual(["py/command-injection@4"]);
    expect(placed(report, "control.py")).toEqual(["py/command-injection@3"]);
    // Header plus a generator's shape, imported by nothing: still skipped, and named.
    expect(skipOf(report, "real_gen.py")?.reason).toBe("generated");
    // The same file imported by the application's code is reviewed.
    expect(skipOf(report, "pkg/used_gen.py")).toBeUndefined();
    expect(placed(report, "pkg/used_gen.py")).toEqual(["py/command-injection@5"]);
    const markdown = await cli(["review", dir, "-f", "markdown", "--no-store", "-c", rulesOnly], dir);
    expect(markdown.stdout).toContain("real_gen.py");
  });

  it("vendored by name but imported: vendor/ and build/ the application imports are reviewed", async () => {
    const vuln = `${PY_VULN.join("\n")}\n`;
    const files = {
      "vendor/LICENSE": "MIT\n",
      "vendor/__init__.py": "",
      "vendor/helpers.py": vuln,
      "build/__init__.py": "",
      "build/steps.py": vuln,
      "web/dist/util.js": `${JS_VULN.join("\n")}\n`,
      "web/dist/package.json": "{}\n",
      "web/main.js": "import { x } from './dist/util.js';\n",
    };
    const imported = home.repo({ ...files, "app.py": "from vendor.helpers import f\nf()\n" });
    const { report } = await review(imported);
    expect(placed(report, "vendor/helpers.py")).toEqual(["py/command-injection@3"]);
    expect(placed(report, "web/dist/util.js")).toEqual(["js/code-injection@3", "js/command-injection@2"]);
    // build/ holds no manifest, lock file or licence: it is the project's own code.
    expect(placed(report, "build/steps.py")).toEqual(["py/command-injection@3"]);

    // Control: nothing imports vendor/ → skipped once, as a directory, with its evidence.
    const alone = home.repo({
      ...files,
      "app.py": "print('no imports')\n",
      "web/main.js": "console.log(1);\n",
    });
    const control = (await review(alone)).report;
    expect(skipOf(control, "vendor/")).toMatchObject({ reason: "vendored" });
    expect(skipOf(control, "vendor/")?.detail).toContain("vendor/LICENSE");
    expect(skipOf(control, "web/dist/")?.reason).toBe("vendored");
    expect(placed(control, "vendor/helpers.py")).toEqual([]);
    expect(placed(control, "build/steps.py")).toEqual(["py/command-injection@3"]);
  });

  it("vendored for real: a third-party package nothing imports stays skipped, and node_modules/ by name", async () => {
    const dir = home.repo({
      "app.py": "import requests\n",
      "vendor/requests/setup.py": "from setuptools import setup\n",
      "vendor/requests/__init__.py": `${PY_VULN.join("\n")}\n`,
      "node_modules/left-pad/index.js": `${JS_VULN.join("\n")}\n`,
    });
    const { report } = await review(dir);
    expect(skipOf(report, "vendor/")?.reason).toBe("vendored");
    expect(skipOf(report, "node_modules/")?.reason).toBe("vendored");
    expect(report.findings).toEqual([]);
  });

  it("diff review: a changed source file skipped for an author-controlled reason makes the review incomplete (exit 4)", async () => {
    const dir = home.repo({ "app.py": "x = 1\n" });
    git(dir, "checkout", "-q", "-b", "feature");
    writeFileSync(join(dir, "bundle.js"), `${"var a=1;".repeat(400)}\n`);
    writeFileSync(join(dir, "plain.js"), "console.log(1);\n");
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "change");
    const { code, report } = await review(dir, ["--diff", "main"]);
    expect(code).toBe(4);
    expect(report.completeness).toBe("incomplete");
    const notice = report.notices.find((n) => n.file === "bundle.js");
    expect(notice).toMatchObject({ analyser: "scope", incomplete: true });
    expect(notice?.message).toContain("minified");
    expect((await review(dir, ["--diff", "main", "--allow-incomplete"])).code).toBe(0);

    // Control: the same diff without the minified file is complete.
    git(dir, "rm", "-q", "bundle.js");
    git(dir, "commit", "-q", "-m", "drop bundle");
    const control = await review(dir, ["--diff", "main"]);
    expect(control.code).toBe(0);
    expect(control.report.completeness).toBe("complete");
  });
});
