import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NOT_AFTER_NAME, NOT_AFTER_NAME_OR_DOT } from "../src/rules/shared/name-pattern.js";
import { TOKEN_PATTERNS, compiledPattern } from "../src/rules/text/lib/secret-patterns.js";
import { DOTTED_NAME_HOLE, NAME_HOLE, checkLinear } from "./support/linear-regex.js";
import { regexSitesIn, regexSitesUnder, type RegexSite } from "./support/regex-sources.js";

/**
 * Every regular expression our code runs on text from the reviewed repository
 * is proven linear under V8's backtracking engine (docs/security-notes/linear-work.md,
 * "How linearity is proven"), or runs on RE2JS, which has no backtracking.
 * The sites are found with TypeScript's parser in every shipped file.
 */
const ROOT = join(import.meta.dirname, "..");

/**
 * Folders whose patterns never see the reviewed repository's text: the front
 * ends read the operator's argv and HTTP requests, the store and the queue our
 * own rows. Everything else under src/ is checked.
 */
const NOT_REPOSITORY_TEXT = /^src\/(cli|server|worker|storage|queue)\//;

/**
 * Patterns the check refuses that need no proof here, each for the reason
 * given: the text they read is cut to a fixed size first, or is not the
 * reviewed repository's, or (one) an argument the automaton cannot make.
 */
const NOT_CHECKED: Readonly<Record<string, string>> = {
  "src/platform/file-kinds.ts /\\bCode generated\\b.*\\bDO NOT EDIT\\b/":
    "matched on the first 2,048 characters only (HEADER_CHARS)",
  "src/platform/file-kinds.ts /(?:^|\\n)[ \\t]*(?:#|\\/\\/|\\/\\*|\\*|<!--|--|;)[ \\t]*(?:this (?:file|code) (?:is|was|has been) )?(?:auto-?generated|automatically generated)\\b/i":
    "matched on the first 2,048 characters only (HEADER_CHARS)",
  "src/rules/js/dataflow/async.ts /([\\w$]+)\\s*(?::\\s*[\\w$.<>[\\]|&\\s,]{1,60})?=\\s*$/":
    "matched on the 120 characters before an `async` only",
  "src/reporters/format.ts /\\B(?=(\\d{3})+(?!\\d))/g":
    "groups the digits of our own counts, never repository text",
  "src/tools/semgrep/parse-semgrep.ts /^(A\\d{2}:\\d{4})\\s*-\\s*(.+)$/":
    "reads an OWASP category from the metadata of the operator's own semgrep rules",
  "src/platform/git-clone.ts /Remote branch .* not found|couldn't find remote ref/i":
    "reads git's own message when a clone fails (no file of the repository is read here)",
  "src/platform/git-clone.ts /not found|does not exist|repository .* not found/i":
    "reads git's own message when a clone fails (no file of the repository is read here)",
  "src/platform/git-url.ts /([A-Za-z][A-Za-z0-9+.-]*:\\/\\/)[^@/\\s'\"]+@/g":
    "redacts credentials in the operator's target URL and in git's messages about it",
  "src/rules/js/self-comparison.ts /(?<![\\w$.])([\\w$][\\w$.]*)\\s*(?:===?|[<>]=?)\\s*\\1(?![\\w$.(])/":
    "starts only where a name starts (the lookbehind), so the names it reads do not overlap, and the backreference compares that one name once per operator after it: linear, by an argument the automaton cannot make",
};

/**
 * Patterns the check cannot prove yet, each still to be rewritten into a
 * provably linear form or moved to RE2JS (issue 10). The test fails when one
 * is proven (remove it here) and when a pattern not listed fails, so the list
 * only shrinks.
 */
const NOT_YET_PROVEN: readonly string[] = [];

/**
 * Patterns built at run time whose text the check cannot read, per file:
 * how many, and why each file may. Names from the reviewed code are spliced
 * with namePattern or dottedNamePattern (src/rules/shared/name-pattern.ts),
 * which the check reads; constants joined in the same file, or imported from
 * a relative module, are read too. The counts keep a new one from slipping in.
 */
const BUILT_AT_RUN_TIME: Readonly<Record<string, readonly [number, string]>> = {
  "src/fixes/recheck.ts": [
    1,
    "compiles a regex literal of the fixed file only to see that it is valid; nothing is matched",
  ],
  "src/rules/js/dataflow/regex-shape.ts": [
    1,
    "an atom of a pattern in the reviewed code, matched against one probe character at a time",
  ],
  "src/rules/python/dataflow/regex-shape.ts": [
    1,
    "an atom of a pattern in the reviewed code, matched against one probe character at a time",
  ],
};

function key(site: RegexSite): string {
  return `${site.file} ${site.text}`;
}

describe("the linearity check", () => {
  // Each of these backtracks super-linearly on some text (the comment gives one).
  const superLinear: [string, string][] = [
    ["^(a+)+$", ""], // "aaaa…!": every split of the a's between the two loops
    ["(a|a)*$", ""], // "aaaa…!": two alternatives for every a
    ["(a*)*b", ""], // "aaaa…"
    ["(a*b*)*c", ""], // "abab…"
    [String.raw`\s*\s*$`, ""], // "   …x": the spaces split between the two loops, from every start
    ["(.*,)*x", ""], // ",,,,…": each comma may end an iteration or be taken by .*
    [String.raw`\w+\d+\w+;`, ""], // "1111…": the digits split three ways
    [String.raw`\s+$`, ""], // "   …x": each start scans the rest of the run (the search is quadratic)
    [String.raw`\w+\s*=`, ""], // "aaaa…": each start scans the rest of the word
    ["([a-z]+\\.)+", ""], // "aaaa…": the same, inside a repeated group
    [String.raw`^gitdir:\s*(.+?)\s*$`, "m"], // "gitdir: a    …x"
    [String.raw`^\s*(\w+)\s*=(.*)$`, "m"], // "\n\n\n…": from each line start \s* takes every blank line below
    [String.raw`<\s*\/?\s*script`, "i"], // "<    …": two blank runs with an optional slash between
    ["a(?=.*b)", ""], // a lookahead that rescans the rest of the text from every a
    [String.raw`\s+(?:(?=y)[^])*$`, ""], // "   …x": the lookahead refuses the only way on, so the blanks can fail
    [String.raw`(\w+)\s\1`, ""], // a backreference as long as the text
    [String.raw`^\{(\d*)(,?)(\d*)\}`, ""], // "{1111…x": the digits split between the two loops
  ];
  it.each(superLinear)("refuses %s", (pattern, flags) => {
    expect(checkLinear(pattern, flags).linear).toBe(false);
  });

  // Linear, each for the reason in its comment.
  const linear: [string, string][] = [
    ["(a+)+", ""], // matches at the first a it reaches: nothing after it can fail
    ["(a|a)*", ""], // matches the empty text at once
    [String.raw`\s+`, "g"], // as in replace(/\s+/g, " "): a run ends the match, it cannot fail
    [String.raw`^\s+$`, ""], // one start only
    [String.raw`^([a-z]+\.)+$`, ""], // the dot separates the iterations
    [String.raw`\bfoo\s*\(`, ""], // a literal start
    [String.raw`\b\w+\s*=`, ""], // starts only at the start of a word
    [String.raw`(?<![\w$])\w+\(`, ""], // the same with a lookbehind
    [String.raw`(?<!\/)\/+$`, ""], // starts only at the first slash of a run
    [String.raw`^[ \t]*(\w+)[ \t]*=(.*)$`, "m"], // (.*)$ under m cannot fail
    [String.raw`^(['"])([^'"\\]*)\1$`, ""], // a backreference to one quote
    ["^(?:a|ab)*c$", ""], // the alternatives differ at their second character, which decides
    [String.raw`x\d{1,3}y`, ""], // bounded
    [String.raw`\w{3,}`, ""], // each start fails within three characters or matches
  ];
  it.each(linear)("proves %s", (pattern, flags) => {
    expect(checkLinear(pattern, flags)).toEqual({ linear: true });
  });

  // A name spliced by namePattern (NAME_HOLE) is checked as a loop over identifier characters;
  // the guards around it are the ones the rules splice (src/rules/shared/name-pattern.ts).
  const spliced: [string, string, boolean][] = [
    [String.raw`${NOT_AFTER_NAME}${NAME_HOLE}\s*\(`, "", true], // starts where a name starts
    [String.raw`^[ \t]*${NAME_HOLE}\s*=`, "m", true], // one start per line, the name then blanks
    [String.raw`${NAME_HOLE}\s*\(`, "", false], // the model cannot see that the name is one literal from every start
    [String.raw`\b${NAME_HOLE}`, "", false], // \b does not hold `$` or letters above U+007F at the name's edge
    [String.raw`${NOT_AFTER_NAME}${NAME_HOLE}\w*=`, "", false], // the name's end can be read by \w* too
    [`[${NAME_HOLE}]`, "", false], // a name in a class is not a name
    [NAME_HOLE, "g", false], // unlike \w+, the name may fail at any character: never taken as matching at once
  ];
  it.each(spliced)("with a spliced name, %s (flags %s) is proven: %s", (pattern, flags, proven) => {
    expect(checkLinear(pattern, flags).linear).toBe(proven);
  });

  // A dotted name spliced by dottedNamePattern (DOTTED_NAME_HOLE) is a loop over identifier characters and dots.
  const dotted: [string, string, boolean][] = [
    [String.raw`${NOT_AFTER_NAME_OR_DOT}${DOTTED_NAME_HOLE}\[1\]`, "", true], // starts where a dotted name starts
    [String.raw`not\s+${DOTTED_NAME_HOLE}\.startswith\(`, "", true], // after a literal and blanks
    [String.raw`^${DOTTED_NAME_HOLE}\.origin\s*===`, "", true], // one start; the name may read `.origin` too, a bounded choice
    [String.raw`${NOT_AFTER_NAME}${DOTTED_NAME_HOLE}\[1\]`, "", false], // "a.a.a…": a dotted name from every dot
    [String.raw`${NOT_AFTER_NAME_OR_DOT}${DOTTED_NAME_HOLE}\w*\[`, "", false], // the name's end can be read by \w* too
    [`[${DOTTED_NAME_HOLE}]`, "", false], // a name in a class is not a name
  ];
  it.each(dotted)("with a spliced dotted name, %s (flags %s) is proven: %s", (pattern, flags, proven) => {
    expect(checkLinear(pattern, flags).linear).toBe(proven);
  });

  it("finds regex literals and constant RegExp constructions with the parser, not in strings or comments", () => {
    const sites = regexSitesIn(
      "x.ts",
      [
        "const a = /a+b/g;",
        'const b = new RegExp("c*d", "i");',
        "const c = RegExp(`e?`);",
        "const d = new RegExp(name);",
        '// const e = /not a site/; "/nor this/"',
      ].join("\n"),
    );
    expect(sites.map((s) => [s.pattern, s.flags, s.kind])).toEqual([
      ["a+b", "g", "literal"],
      ["c*d", "i", "constructor"],
      ["e?", "", "constructor"],
      [undefined, "", "constructor"],
    ]);
  });
});

describe("every regular expression run on the reviewed repository's text", () => {
  const sites = regexSitesUnder(ROOT, "src").filter((s) => !NOT_REPOSITORY_TEXT.test(s.file));

  it("is proven linear, apart from those listed as not yet proven", () => {
    const failing = sites
      .filter((s) => s.pattern !== undefined && s.flags !== undefined)
      .filter((s) => !checkLinear(s.pattern!, s.flags!).linear)
      .map(key);
    const listed = [...NOT_YET_PROVEN, ...Object.keys(NOT_CHECKED)];
    expect(failing.filter((k) => !listed.includes(k))).toEqual([]);
    expect(listed.filter((k) => !failing.includes(k))).toEqual([]);
  });

  it("has a constant text, apart from the files listed as building patterns at run time", () => {
    const counts: Record<string, number> = {};
    for (const s of sites.filter((s) => s.pattern === undefined || s.flags === undefined))
      counts[s.file] = (counts[s.file] ?? 0) + 1;
    expect(counts).toEqual(Object.fromEntries(Object.entries(BUILT_AT_RUN_TIME).map(([f, [n]]) => [f, n])));
  });

  it("or is a known-token pattern, which runs on RE2JS (no backtracking)", () => {
    const source = readFileSync(join(ROOT, "src/rules/text/lib/secret-patterns.ts"), "utf8");
    // The token patterns are strings compiled by RE2JS, never RegExp sites.
    expect(regexSitesIn("secret-patterns.ts", source).filter((s) => s.kind === "constructor")).toEqual([]);
    for (const pattern of TOKEN_PATTERNS) expect(compiledPattern(pattern).pattern()).toBe(pattern.source);
  });
});
