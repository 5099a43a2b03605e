/**
 * Property-based fuzzing of the patch writer (`renderUnifiedDiff` and
 * `applyEdits` in src/fixes/apply-edits.ts, as `review --fix` uses them; see
 * docs/fixes.md). File names and contents come from the reviewed repository:
 * any name, any line endings, a BOM or no final newline. Non-overlapping
 * edits must apply to exactly the expected text, and on a sampled share of
 * the runs real `git apply` must accept the patch from the repository root
 * and produce exactly that text in that one file, touching nothing else.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Edit } from "../../src/core/fix.js";
import { LineIndex } from "../../src/core/location.js";
import { applyEdits, renderUnifiedDiff } from "../../src/fixes/apply-edits.js";
import { fuzzParams, fuzzTimeout } from "./fuzz-params.js";

// ---- arbitraries ---------------------------------------------------------

/** Characters a hostile file name may hold on Linux (anything but "/" and NUL). */
const NAME_CHARS = [
  ...["a", "b", "c", "X", "Y", "Z", "0", "1", "9", "_", "-", "."],
  " ",
  "'",
  '"',
  "\\",
  "\t",
  "\n",
  "\r",
  "\u0001",
  "\u001b",
  "\u007f",
  "é",
  "ß",
  "😀",
  "\u202e",
  "*",
  "?",
  "$",
  "#",
];

const segmentArb = fc
  .array(fc.constantFrom(...NAME_CHARS), { minLength: 1, maxLength: 10 })
  .map((chars) => chars.join(""))
  .filter((segment) => segment !== "." && segment !== ".." && segment.toLowerCase() !== ".git");

const nameArb = fc
  .array(segmentArb, { minLength: 1, maxLength: 3 })
  .map((segments) => segments.join("/"))
  // One directory per test: no name may be both a file and another name's directory.
  .filter((name) => name.length <= 60);

/** Line content, including text that looks like patch syntax. */
const lineArb = fc.oneof(
  fc.string({ maxLength: 20, unit: "grapheme" }),
  fc.constantFrom(
    "",
    " ",
    "+added",
    "-removed",
    "@@ -1 +1 @@",
    "diff --git a/x b/x",
    "--- a/x",
    "\\ No newline at end of file",
    "\t\t",
    "é😀\u202e",
    "x\ry",
  ),
);
const eolArb = fc.constantFrom("\n", "\n", "\r\n", "\r");

const contentArb = fc
  .record({
    lines: fc.array(fc.tuple(lineArb, eolArb), { maxLength: 30 }),
    uniform: fc.option(fc.constantFrom("\n", "\r\n"), { nil: undefined }),
    finalNewline: fc.boolean(),
  })
  .map(({ lines, uniform, finalNewline }) => {
    const text = lines
      .map(([line, eol], i) => line + (i < lines.length - 1 || finalNewline ? (uniform ?? eol) : ""))
      .join("");
    return text;
  });

const insertArb = fc.oneof(
  fc.string({ maxLength: 12, unit: "grapheme" }),
  fc.constantFrom("", "\n", "x\ny\n", "import os\n", "\r\n", "-", "+", "\\"),
);

interface Case {
  readonly name: string;
  readonly text: string;
  readonly bom: boolean;
  readonly edits: readonly Edit[];
  /** The edited text, worked out here from offsets (the file's own line ending for inserted newlines). */
  readonly expected: string;
  /** Some edit starts or ends between the two UTF-16 halves of one character. */
  readonly splitsPair: boolean;
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    name: nameArb,
    text: contentArb,
    bom: fc.boolean(),
    cuts: fc.uniqueArray(fc.nat(), { minLength: 2, maxLength: 8 }),
    inserts: fc.array(fc.tuple(insertArb, fc.boolean()), { minLength: 4, maxLength: 4 }),
  })
  .map(({ name, text, bom, cuts, inserts }) => {
    const offsets = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
    const lines = new LineIndex(text);
    const eol = ownLineEnding(text);
    const edits: Edit[] = [];
    let expected = "";
    let at = 0;
    for (let i = 0; i + 1 < offsets.length; i += 2) {
      const [insert, pureInsert] = inserts[(i / 2) % inserts.length] ?? ["", false];
      const start = offsets[i] ?? 0;
      const end = pureInsert ? start : (offsets[i + 1] ?? start);
      edits.push({ range: { start: lines.positionAt(start), end: lines.positionAt(end) }, text: insert });
      expected += text.slice(at, start) + (eol === "\r\n" ? insert.replace(/\r?\n/g, "\r\n") : insert);
      at = end;
    }
    const splitsPair = edits.some(({ range }) =>
      [range.start, range.end].some((p) => {
        const o = lines.offsetAt(p);
        return /[\uD800-\uDBFF]/.test(text.charAt(o - 1)) && /[\uDC00-\uDFFF]/.test(text.charAt(o));
      }),
    );
    return { name, text, bom, edits, expected: expected + text.slice(at), splitsPair };
  })
  .filter((c) => c.edits.length > 0);

/** CRLF when most line breaks are CRLF: the rule docs/fixes.md gives for inserted line breaks. */
function ownLineEnding(text: string): "\n" | "\r\n" {
  const crlf = text.split("\r\n").length - 1;
  const lf = text.split("\n").length - 1 - crlf;
  return crlf > lf ? "\r\n" : "\n";
}

/** The diff's header: everything before the first hunk. */
function headerLines(patch: string): string[] {
  const firstHunk = patch.indexOf("\n@@ ");
  return (firstHunk === -1 ? patch : patch.slice(0, firstHunk)).split("\n");
}

// ---- properties ----------------------------------------------------------

describe("fuzz: patch writer", () => {
  it(
    "non-overlapping edits apply to exactly the expected text, and the diff has a three-line header",
    () => {
      fc.assert(
        fc.property(caseArb, (c) => {
          const applied = applyEdits(c.text, c.edits);
          if (c.splitsPair) {
            // Writing half a character would store U+FFFD in its place.
            expect(applied.ok ? "applied" : applied.reason).toMatch(/cuts a character/);
            return;
          }
          if (!applied.ok) throw new Error(`edits refused: ${applied.reason}`);
          expect(applied.text).toBe(c.expected);
          const patch = renderUnifiedDiff(c.name, c.text, applied.text, { bom: c.bom });
          if (c.expected === c.text) {
            expect(patch).toBe("");
            return;
          }
          expect(patch.endsWith("\n")).toBe(true);
          const header = headerLines(patch);
          expect(header).toHaveLength(3);
          expect(header[0]?.startsWith("diff --git ")).toBe(true);
          expect(header[1]?.startsWith("--- ")).toBe(true);
          expect(header[2]?.startsWith("+++ ")).toBe(true);
        }),
        fuzzParams(),
      );
    },
    fuzzTimeout(),
  );

  describe("with git", () => {
    let repo = "";
    let scratch = "";
    beforeAll(() => {
      repo = mkdtempSync(join(tmpdir(), "cg-fuzz-patch-"));
      scratch = mkdtempSync(join(tmpdir(), "cg-fuzz-patchfile-"));
      gitIn(repo, "init", "-q", "-b", "main");
    });
    afterAll(() => {
      rmSync(repo, { recursive: true, force: true });
      rmSync(scratch, { recursive: true, force: true });
    });

    it(
      "git apply accepts the patch from the root, yields exactly the edited bytes and touches only that file",
      () => {
        let applied = 0;
        fc.assert(
          fc.property(caseArb, (c) => {
            fc.pre(!c.splitsPair);
            const after = applyEdits(c.text, c.edits);
            if (!after.ok || after.text === c.text) return;
            const bom = c.bom ? "\uFEFF" : "";
            clearTree(repo);
            const file = join(repo, c.name);
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, bom + c.text);
            const before = snapshot(repo);
            const patchFile = join(scratch, "fix.patch");
            writeFileSync(patchFile, renderUnifiedDiff(c.name, c.text, after.text, { bom: c.bom }));
            gitIn(repo, "apply", "--check", patchFile);
            gitIn(repo, "apply", patchFile);
            expect(readFileSync(file, "utf8")).toBe(bom + after.text);
            const changed = diffSnapshots(before, snapshot(repo));
            expect(changed).toEqual([c.name]);
            applied++;
          }),
          fuzzParams(0.1),
        );
        expect(applied).toBeGreaterThan(0);
      },
      fuzzTimeout(),
    );
  });
});

function gitIn(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "core.autocrlf=false", "-c", "apply.whitespace=nowarn", ...args], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" },
  });
}

/** Empties the work tree between runs, keeping .git. */
function clearTree(root: string): void {
  for (const entry of readdirSync(root)) {
    if (entry !== ".git") rmSync(join(root, entry), { recursive: true, force: true });
  }
}

/** Every file under the root but .git, with its bytes. */
function snapshot(root: string, prefix = ""): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const rel = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (rel === ".git") continue;
    if (entry.isDirectory()) for (const [k, v] of snapshot(root, rel)) files.set(k, v);
    else files.set(rel, readFileSync(join(root, rel), "latin1"));
  }
  return files;
}

function diffSnapshots(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}

describe("fuzz regressions: patch writer", () => {
  const emoji = "\u{10000}\n";

  it("control: an edit around a whole astral character applies", () => {
    const edits: Edit[] = [
      { range: { start: { line: 1, column: 1 }, end: { line: 1, column: 3 } }, text: "" },
    ];
    expect(applyEdits(emoji, edits)).toMatchObject({ ok: true, text: "\n" });
  });

  it("fuzz: an edit ending between the two UTF-16 halves of a character is refused, not written as U+FFFD", () => {
    const edits: Edit[] = [
      { range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }, text: "" },
    ];
    const result = applyEdits(emoji, edits);
    expect(result.ok ? "applied" : result.reason).toMatch(/cuts a character/);
  });

  it("6.5: a fix in a file whose name holds a line break gives a patch git applies", () => {
    const dir = mkdtempSync(join(tmpdir(), "cg-fuzz-patch-nl-"));
    try {
      gitIn(dir, "init", "-q", "-b", "main");
      for (const name of ["plain.py", "new\nline.py"]) {
        writeFileSync(join(dir, name), "x = 1\n");
        const patch = join(dir, "..", `${dir.split("/").pop() ?? ""}.patch`);
        writeFileSync(patch, renderUnifiedDiff(name, "x = 1\n", "x = 2\n"));
        gitIn(dir, "apply", patch);
        rmSync(patch);
        expect(readFileSync(join(dir, name), "utf8")).toBe("x = 2\n");
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
