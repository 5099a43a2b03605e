/**
 * The pathological inputs of `npm run bench:hostile`, generated rather than
 * stored: deep nesting, long lines, long `+` chains, one very large file and a
 * tree of many small files. Each plants one finding the review must report.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface HostileCase {
  /** Short name printed in the table: "nest-js 3000". */
  readonly name: string;
  /** Cases of one group are compared for linear growth. */
  readonly group: string;
  /** The planted finding: rule id and the file it is in. */
  readonly planted: { readonly ruleId: string; readonly file: string };
  /** Writes the input under `dir`; returns its size in bytes and file count. */
  readonly write: (dir: string) => { bytes: number; files: number };
  /** Whether it is a single file (MB/s and the per-file targets apply). */
  readonly singleFile: boolean;
}

function one(path: string, text: string): (dir: string) => { bytes: number; files: number } {
  return (dir) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
    return { bytes: Buffer.byteLength(text), files: 1 };
  };
}

/** `function f(){` nested `depth` deep around `eval(location.hash)` (valid JS). */
export function nestedJs(depth: number): string {
  return "function f(){\n".repeat(depth) + "eval(location.hash);\n" + "}\n".repeat(depth);
}

/** `def f():` nested `depth` deep, one space per level, around `eval(input())`. */
export function nestedPython(depth: number): string {
  const lines: string[] = [];
  for (let i = 0; i < depth; i++) lines.push(`${" ".repeat(i)}def f():`);
  lines.push(`${" ".repeat(depth)}eval(input())`);
  return `${lines.join("\n")}\n`;
}

/**
 * An Express handler whose `let q = req.query.q` is followed by `terms`
 * lines of `+ 'x'`, then `cp.exec(q)` (valid JS). The source is the request:
 * an operator's argv would only make a low note (docs/trust-levels.md).
 */
export function concatJs(terms: number): string {
  return `const cp = require('child_process');\nconst app = require('express')();\napp.get('/', (req) => {\nlet q = req.query.q${"\n+ 'x'".repeat(terms)};\ncp.exec(q);\n});\n`;
}

/** `q = (input()` followed by `terms` lines of `+ 'x'`, then `os.system(q)`. */
export function concatPython(terms: number): string {
  return `import os\nq = (input()${"\n + 'x'".repeat(terms)})\nos.system(q)\n`;
}

/** A GitHub token that passes the stand-in checks: varied characters, no placeholder words. */
export const PLANTED_TOKEN = "ghp_R8xK2mQ9vL4nT7bW1cZ5hJ3fD6sA0gY8uE2p";

/**
 * A `.env` line of about `bytes` bytes of `eyJ-` (the JWT pattern's worst
 * case) ending in a real token, after enough short lines that the average
 * line stays below discovery's "minified" threshold.
 */
export function longLine(bytes: number): string {
  return `${"x=1\n".repeat(Math.ceil(bytes / 250))}A=${"eyJ-".repeat(Math.floor(bytes / 4))} ${PLANTED_TOKEN}\n`;
}

/**
 * A Python `except:` whose body is one comment line of about `bytes` bytes of
 * `# ` and then `pass` (a swallowed exception): the comment pattern of
 * `py/swallowed-exception` once split such a line at every `#` (exponential),
 * and the blank and comment patterns of the other rules read it too. Short
 * lines before it keep the average line below discovery's "minified" threshold.
 */
export function longCommentPython(bytes: number): string {
  const comment = "# ".repeat(Math.floor(bytes / 2));
  return `${"x = 1\n".repeat(Math.ceil(bytes / 250))}try:\n    x = int(x)\nexcept:\n    ${comment}\n    pass\n`;
}

/** About `bytes` of short ordinary functions, with `sink` in the middle. */
function ordinary(bytes: number, unit: (i: number) => string, sink: string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    size += part.length;
  }
  parts.splice(parts.length >> 1, 0, sink);
  return parts.join("");
}

export function largeJs(bytes: number): string {
  return ordinary(
    bytes,
    (i) => `function f${i}(a, b) {\n  return a + b * ${i};\n}\n`,
    "function sink() {\n  eval(location.hash);\n}\n",
  );
}

export function largePython(bytes: number): string {
  return ordinary(
    bytes,
    (i) => `def f${i}(a, b):\n    return a + b * ${i}\n\n`,
    "def sink():\n    eval(input())\n\n",
  );
}

/** `count` small files, half Python and half JS, in directories of 100, one of them with a command injection. */
export function manyFiles(count: number): (dir: string) => { bytes: number; files: number } {
  return (dir) => {
    let bytes = 0;
    for (let i = 0; i < count; i++) {
      const sub = join(dir, `d${Math.floor(i / 100)}`);
      if (i % 100 === 0) mkdirSync(sub, { recursive: true });
      const python = i % 2 === 0;
      const text = python
        ? `def f${i}(a):\n    return a * ${i}\n`
        : `export function f${i}(a) {\n  return a * ${i};\n}\n`;
      writeFileSync(join(sub, `m${i}.${python ? "py" : "js"}`), text);
      bytes += text.length;
    }
    const planted = "import os\nimport sys\n\nos.system('ls ' + sys.argv[1])\n";
    writeFileSync(join(dir, "d0", "planted.py"), planted);
    return { bytes: bytes + planted.length, files: count + 1 };
  };
}

const MB = 1_000_000;

/** Every case, smallest first in each group; `scale` < 1 shrinks them for a quick run. */
export function hostileCases(options: { scale: number; manyFiles: number }): HostileCase[] {
  const s = (n: number): number => Math.max(1, Math.round(n * options.scale));
  const cases: HostileCase[] = [];
  const single = (group: string, label: string, path: string, ruleId: string, text: string): HostileCase => ({
    name: `${group} ${label}`,
    group,
    planted: { ruleId, file: path },
    write: one(path, text),
    singleFile: true,
  });
  for (const depth of [1000, 2000, 4000].map(s))
    cases.push(single("nest-js", String(depth), "nest.js", "js/code-injection", nestedJs(depth)));
  // Python nests by indentation, so the size grows with the square of the depth; past about 400 levels discovery skips the file as minified.
  for (const depth of [100, 200, 300].map(s))
    cases.push(single("nest-py", String(depth), "nest.py", "py/code-injection", nestedPython(depth)));
  for (const bytes of [10_000, 100_000, MB].map(s))
    cases.push(single("long-line", `${bytes / 1000} KB`, "app.env", "text/known-token", longLine(bytes)));
  for (const bytes of [10_000, 100_000, MB].map(s))
    cases.push(
      single(
        "long-comment-py",
        `${bytes / 1000} KB`,
        "app.py",
        "py/swallowed-exception",
        longCommentPython(bytes),
      ),
    );
  for (const terms of [2000, 4000, 20_000].map(s))
    cases.push(single("concat-js", String(terms), "chain.js", "js/command-injection", concatJs(terms)));
  for (const terms of [2000, 4000, 20_000].map(s))
    cases.push(single("concat-py", String(terms), "chain.py", "py/command-injection", concatPython(terms)));
  cases.push(single("large-js", `${s(10 * MB) / MB} MB`, "big.js", "js/code-injection", largeJs(s(10 * MB))));
  cases.push(
    single("large-py", `${s(10 * MB) / MB} MB`, "big.py", "py/code-injection", largePython(s(10 * MB))),
  );
  if (options.manyFiles > 0)
    cases.push({
      name: `many-files ${options.manyFiles}`,
      group: "many-files",
      planted: { ruleId: "py/command-injection", file: "d0/planted.py" },
      write: manyFiles(options.manyFiles),
      singleFile: false,
    });
  return cases;
}
