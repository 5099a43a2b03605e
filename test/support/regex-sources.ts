import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import ts from "typescript";
import { DOTTED_NAME_HOLE, NAME_HOLE } from "./linear-regex.js";

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

/** A pattern text with its flags when the text is a regex literal (`new RegExp(LINE_ENDS)`). */
interface Constant {
  readonly text: string;
  readonly flags?: string;
}

/** What the parser can tell of a file: its `const` declarations by name (one each, else unknown). */
type Constants = ReadonlyMap<string, ts.Expression | Constant | null>;

/** Reads the text of a file this one imports (a relative specifier), or undefined. */
export type ImportReader = (specifier: string) => ts.SourceFile | undefined;

function constantsOf(source: ts.SourceFile, readImport: ImportReader | undefined, depth = 0): Constants {
  const found = new Map<string, ts.Expression | Constant | null>();
  const visit = (node: ts.Node): void => {
    // A constant imported from a relative module: its declaration there, one level deep.
    if (
      ts.isImportDeclaration(node) &&
      readImport &&
      depth === 0 &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const named = node.importClause?.namedBindings;
      const imported = readImport(node.moduleSpecifier.text);
      if (imported && named && ts.isNamedImports(named)) {
        const there = constantsOf(imported, undefined, depth + 1);
        for (const el of named.elements) {
          const value = there.get((el.propertyName ?? el.name).text);
          const known = value && "kind" in value ? constantOf(value, there) : undefined;
          if (known) found.set(el.name.text, known);
        }
      }
    }
    if (
      ts.isVariableDeclarationList(node) &&
      (node.flags & ts.NodeFlags.Const) !== 0 &&
      node.declarations.length > 0
    )
      for (const d of node.declarations)
        if (ts.isIdentifier(d.name) && d.initializer)
          found.set(d.name.text, found.has(d.name.text) ? null : d.initializer);
    // Any other binding of the name (a parameter, `let`, a destructured name) may shadow the constant: unknown.
    const other =
      (ts.isParameter(node) || ts.isBindingElement(node) || ts.isFunctionDeclaration(node)) && node.name
        ? node.name
        : ts.isVariableDeclaration(node) && (node.parent.flags & ts.NodeFlags.Const) === 0
          ? node.name
          : undefined;
    if (other && ts.isIdentifier(other)) found.set(other.text, null);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * A string the compiler knows without running anything: a string literal,
 * a template (`String.raw` too) or `+` whose parts are known, a `const` of
 * this file holding one, `[…known].join("…")`, a regex literal, or a call of
 * `namePattern(…)` or `dottedNamePattern(…)`, which become NAME_HOLE and
 * DOTTED_NAME_HOLE.
 */
function constantOf(node: ts.Expression | undefined, constants: Constants, depth = 0): Constant | undefined {
  if (!node || depth > 20) return undefined;
  const known = (e: ts.Expression | undefined): string | undefined =>
    constantOf(e, constants, depth + 1)?.text;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { text: node.text };
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node))
    return constantOf(node.expression, constants, depth + 1);
  if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
    const literal = node.getText();
    const slash = literal.lastIndexOf("/");
    return { text: literal.slice(1, slash), flags: literal.slice(slash + 1) };
  }
  if (ts.isIdentifier(node)) {
    const initializer = constants.get(node.text);
    if (!initializer) return undefined;
    return "kind" in initializer ? constantOf(initializer, constants, depth + 1) : initializer;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const [left, right] = [known(node.left), known(node.right)];
    return left === undefined || right === undefined ? undefined : { text: left + right };
  }
  if (ts.isTemplateExpression(node)) return templateText(node, false, known);
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === "String.raw") {
    const t = node.template;
    return ts.isNoSubstitutionTemplateLiteral(t)
      ? { text: t.rawText ?? t.text }
      : templateText(t, true, known);
  }
  if (ts.isCallExpression(node)) return callText(node, constants, known);
  return undefined;
}

function templateText(
  t: ts.TemplateExpression,
  raw: boolean,
  known: (e: ts.Expression) => string | undefined,
): Constant | undefined {
  const piece = (p: ts.TemplateLiteralLikeNode): string => (raw ? (p.rawText ?? p.text) : p.text);
  let text = piece(t.head);
  for (const span of t.templateSpans) {
    const value = known(span.expression);
    if (value === undefined) return undefined;
    text += value + piece(span.literal);
  }
  return { text };
}

function callText(
  node: ts.CallExpression,
  constants: Constants,
  known: (e: ts.Expression) => string | undefined,
): Constant | undefined {
  const callee = node.expression;
  if (ts.isIdentifier(callee) && callee.text === "namePattern" && node.arguments.length === 1)
    return { text: NAME_HOLE };
  if (ts.isIdentifier(callee) && callee.text === "dottedNamePattern" && node.arguments.length === 1)
    return { text: DOTTED_NAME_HOLE };
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "join" || node.arguments.length !== 1)
    return undefined;
  const separator = known(node.arguments[0]!);
  const list = ts.isIdentifier(callee.expression) ? constants.get(callee.expression.text) : callee.expression;
  const items = list && "kind" in list ? arrayItems(list, constants, known) : undefined;
  return separator === undefined || items === undefined ? undefined : { text: items.join(separator) };
}

/** The strings of `[…]`, or of `[...MAP.keys()]` where MAP is a `const` of this file made by `new Map([[key, …], …])`. */
function arrayItems(
  node: ts.Expression,
  constants: Constants,
  known: (e: ts.Expression) => string | undefined,
): string[] | undefined {
  if (!ts.isArrayLiteralExpression(node)) return undefined;
  const only = node.elements.length === 1 ? node.elements[0] : undefined;
  if (only && ts.isSpreadElement(only)) return mapKeys(only.expression, constants, known);
  const items = node.elements.map((e) => known(e));
  return items.every((x) => x !== undefined) ? items : undefined;
}

function mapKeys(
  node: ts.Expression,
  constants: Constants,
  known: (e: ts.Expression) => string | undefined,
): string[] | undefined {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return undefined;
  const target = node.expression.expression;
  if (node.expression.name.text !== "keys" || !ts.isIdentifier(target)) return undefined;
  const made = constants.get(target.text);
  if (!made || !("kind" in made) || !ts.isNewExpression(made) || made.expression.getText() !== "Map")
    return undefined;
  const pairs = made.arguments?.[0];
  if (!pairs || !ts.isArrayLiteralExpression(pairs)) return undefined;
  const keys = pairs.elements.map((pair) =>
    ts.isArrayLiteralExpression(pair) && pair.elements[0] ? known(pair.elements[0]) : undefined,
  );
  return keys.every((x) => x !== undefined) ? keys : undefined;
}

function isRegExpCall(node: ts.Node): node is ts.CallExpression | ts.NewExpression {
  return (
    (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === "RegExp"
  );
}

/** Every regex site in one file's text, found with TypeScript's parser (so a `/` in a string or comment is not one). */
export function regexSitesIn(file: string, text: string, readImport?: ImportReader): RegexSite[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const sites: RegexSite[] = [];
  const constants = constantsOf(source, readImport);
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
      const pattern = constantOf(args[0], constants);
      sites.push({
        file,
        line: lineOf(node),
        pattern: pattern?.text,
        flags: args.length < 2 ? (pattern?.flags ?? "") : constantOf(args[1], constants)?.text,
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
    regexSitesIn(relative(root, full).split("\\").join("/"), readFileSync(full, "utf8"), (specifier) => {
      if (!specifier.startsWith(".")) return undefined;
      const target = join(dirname(full), specifier.replace(/\.js$/, ".ts"));
      if (!existsSync(target)) return undefined;
      return ts.createSourceFile(target, readFileSync(target, "utf8"), ts.ScriptTarget.Latest, true);
    }),
  );
}
