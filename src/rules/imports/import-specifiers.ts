/**
 * What a file imports, read lexically from its text: fast enough to run on
 * every candidate file during discovery, before anything is parsed. A
 * statement-looking line inside a string or comment may add an edge; the
 * graph only ever widens what is reviewed, so that errs on the safe side.
 */

/** A Python import: `level` leading dots (0 = absolute), the dotted module, and names imported from it. */
export interface PythonImport {
  readonly level: number;
  readonly module: string;
  readonly names: readonly string[];
}

/** `import a.b, c as d` */
export const PY_IMPORT = /^[ \t]*import[ \t]+([\w. \t,]+)/;
/**
 * `from ..pkg.mod import (x, y as z)` — names may continue over lines in
 * parentheses. The module name starts with a word character, so a run of
 * dots can only be the level: when both could take a dot, a line of `from`
 * and 100,000 dots that fails to match tried every split, in time quadratic
 * in the line (about 30 s). Each part now has one way to match, from the one
 * start `^` allows, so the time is linear in the line. The blanks after `from`
 * and before `import` are two runs only with a level or module between them
 * (the lookbehind): `from` and 100,000 blanks split them every way.
 */
export const PY_FROM = /^[ \t]*from[ \t]+(\.*)((?:\w[\w.]*)?)(?<![ \t])[ \t]+import[ \t]+(\(?)([^#\n\r]*)/;

const LINE_BREAK = /\r\n?|\n/;

export function pythonImports(text: string): PythonImport[] {
  const found: PythonImport[] = [];
  const lines = text.split(LINE_BREAK);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (!line.includes("import")) continue;
    const from = PY_FROM.exec(line);
    if (from) {
      let names = from[4] ?? "";
      // Parenthesised names run until the closing parenthesis.
      if (from[3] === "(") {
        while (!names.includes(")") && i + 1 < lines.length) names += ` ${(lines[++i] ?? "").split("#")[0]}`;
      }
      found.push({ level: (from[1] ?? "").length, module: from[2] ?? "", names: nameList(names) });
      continue;
    }
    const plain = PY_IMPORT.exec(line);
    if (plain) {
      for (const part of (plain[1] ?? "").split(",")) {
        const module = part.trim().split(/[ \t]+/)[0] ?? "";
        if (module !== "") found.push({ level: 0, module, names: [] });
      }
    }
  }
  return found;
}

function nameList(text: string): string[] {
  return text
    .replace(/[()\\]/g, " ")
    .split(",")
    .map((part) => part.trim().split(/[ \t]+/)[0] ?? "")
    .filter((name) => /^\w+$/.test(name));
}

/**
 * Module specifiers of a JavaScript or TypeScript file: `import … from "x"`,
 * `import "x"`, `export … from "x"`, `require("x")`, `import("x")`.
 */
const JS_SPECIFIER =
  /(?:\bfrom[ \t\r\n]*|\bimport[ \t\r\n]*|\brequire[ \t\r\n]*\([ \t\r\n]*|\bimport[ \t\r\n]*\([ \t\r\n]*)(["'])([^"'\r\n]{1,500})\1/g;

export function jsSpecifiers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(JS_SPECIFIER)) {
    const specifier = match[2];
    if (specifier !== undefined) found.push(specifier);
  }
  return found;
}
