import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/** One regular expression written in our source: a literal, or `RegExp(...)` / `new RegExp(...)`. */
export interface RegexSite {
  /** Path relative to the scanned root, with `/`. */
  readonly file: string;
  readonly line: number;
  /** The pattern, or undefined when the constructor's source is not a constant string. */
  readonly pattern: string | undefined;
  /** The flags; undefined when the constructor's flags are not a constant string. */
  readonly flags: string | undefined;
  readonly kind: "literal" | "constructor";
  /** The constructor call's text, to name a non-constant one. */
  readonly text: string;
}

/** The `.ts` files under `dir` that ship (tests and test helpers left out, as the build leaves them out). */
export function shippedSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return shippedSourceFiles(full);
    const shipped =
      entry.name.endsWith(".ts") &&
      !entry.name.endsWith(".test.ts") &&
      !entry.name.endsWith(".contract.ts") &&
      !entry.name.endsWith(".test-support.ts") &&
      entry.name !== "rule-tester.ts";
    return shipped ? [full] : [];
  });
}

/** A string the compiler knows without running anything: `"x"`, `'x'`, or a template without `${}`. */
function constantString(node: ts.Expression | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return constantString(node.expression);
  return undefined;
}

function isRegExpCall(node: ts.Node): node is ts.CallExpression | ts.NewExpression {
  return (
    (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === "RegExp"
  );
}

/** Every regex site in one file's text, found with TypeScript's parser (so a `/` in a string or comment is not one). */
export function regexSitesIn(file: string, text: string): RegexSite[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const sites: RegexSite[] = [];
  const lineOf = (node: ts.Node): number =>
    source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source);
      const slash = literal.lastIndexOf("/");
      sites.push({
        file,
        line: lineOf(node),
        pattern: literal.slice(1, slash),
        flags: literal.slice(slash + 1),
        kind: "literal",
        text: literal,
      });
    } else if (isRegExpCall(node)) {
      const args = node.arguments ?? [];
      sites.push({
        file,
        line: lineOf(node),
        pattern: constantString(args[0]),
        flags: args.length < 2 ? "" : constantString(args[1]),
        kind: "constructor",
        text: node.getText(source).slice(0, 160),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return sites;
}

/** Every regex site in the shipped files under `root/dir`, paths relative to `root`. */
export function regexSitesUnder(root: string, dir: string): RegexSite[] {
  return shippedSourceFiles(join(root, dir)).flatMap((full) =>
    regexSitesIn(relative(root, full).split("\\").join("/"), readFileSync(full, "utf8")),
  );
}
