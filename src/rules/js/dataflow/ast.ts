import type { SgNode } from "@ast-grep/napi";

/** Kinds that start a new function scope. */
export const FUNCTION_KINDS = [
  "function_declaration",
  "function_expression",
  "arrow_function",
  "method_definition",
  "generator_function_declaration",
  "generator_function",
] as const;

const FUNCTION_KIND_SET: ReadonlySet<string> = new Set(FUNCTION_KINDS);

export function isFunctionKind(kind: string): boolean {
  return FUNCTION_KIND_SET.has(kind);
}

/** Wrappers that do not change a value: parentheses, TypeScript casts, `await`. */
const TRANSPARENT: ReadonlySet<string> = new Set([
  "parenthesized_expression",
  "as_expression",
  "non_null_expression",
  "satisfies_expression",
  "type_assertion",
  "await_expression",
]);

/** Strips parentheses, casts and `await`. */
export function unwrap(node: SgNode): SgNode {
  let current = node;
  while (TRANSPARENT.has(String(current.kind()))) {
    const inner = current.namedChildren()[0];
    if (!inner) break;
    current = inner;
  }
  return current;
}

/**
 * The dotted path of a callee or member chain, e.g. `child_process.exec`,
 * `req.query.id`; optional chaining is normalised away. Undefined when the
 * chain contains calls or computed keys.
 */
export function dottedPath(node: SgNode): string | undefined {
  const text = node.text();
  if (text.length > 200) return undefined;
  const compact = text.replace(/\?\./g, ".").replace(/\s+/g, "");
  return /^[\w$]+(\.[\w$#]+)*$/.test(compact) ? compact : undefined;
}

/** The last segment of a dotted callee: `exec` for `cp.exec`. */
export function lastSegment(path: string): string {
  const dot = path.lastIndexOf(".");
  return dot === -1 ? path : path.slice(dot + 1);
}

/** The value of a string literal or a template without substitutions; undefined otherwise. */
export function stringValue(node: SgNode | null | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  const kind = n.kind();
  if (kind === "string") {
    const raw = n.text();
    return raw.slice(1, -1);
  }
  if (kind === "template_string") {
    if (n.namedChildren().some((c) => c.kind() === "template_substitution")) return undefined;
    return n.text().slice(1, -1);
  }
  return undefined;
}

/**
 * The value of the file's first declarator of `name` (`const name = value`,
 * at any depth), or undefined. The tree is searched by the parser's own
 * matcher, the name spliced as a literal.
 */
export function declaredValue(root: SgNode, name: string): SgNode | undefined {
  const literal = name.replace(/[\\^$.|?*+()[\]{}]/g, "\\$&");
  const declarator = root.find({
    rule: { kind: "variable_declarator", has: { field: "name", regex: `^${literal}$` } },
  });
  return declarator?.field("value") ?? undefined;
}

/** The argument nodes of a call or `new` expression (comments excluded). */
export function callArguments(call: SgNode): SgNode[] {
  const args = call.field("arguments");
  if (!args) return [];
  if (args.kind() === "template_string") return [args];
  return args.namedChildren().filter((c) => c.kind() !== "comment");
}

/** Start offset, used to order definitions and uses within a file. */
export function startOf(node: SgNode): number {
  return node.range().start.index;
}

export function endOf(node: SgNode): number {
  return node.range().end.index;
}

export function lineOf(node: SgNode): number {
  return node.range().start.line + 1;
}

/** The property name of `a.b` or `a["b"]`, when it is constant. */
export function memberKey(node: SgNode): string | undefined {
  if (node.kind() === "member_expression") return node.field("property")?.text();
  if (node.kind() === "subscript_expression") {
    const index = node.field("index");
    if (!index) return undefined;
    if (index.kind() === "number") return index.text();
    return stringValue(index);
  }
  return undefined;
}

/** The object of a member or subscript expression. */
export function memberObject(node: SgNode): SgNode | null {
  return node.field("object");
}

/** Statement kinds that end a block's normal flow. */
export function endsFlow(node: SgNode): boolean {
  const kind = node.kind();
  if (kind === "return_statement" || kind === "throw_statement" || kind === "continue_statement") return true;
  if (kind === "break_statement") return true;
  // Koa's ctx.throw() and process.exit() never return.
  if (kind === "expression_statement" && /^(ctx\.throw|process\.exit)\s*\(/.test(node.text())) return true;
  if (kind === "statement_block") {
    const statements = node.namedChildren().filter((c) => c.kind() !== "comment");
    const last = statements[statements.length - 1];
    return last !== undefined && endsFlow(last);
  }
  return false;
}

/** Literal conditions that can never be true: `false`, `0`, `""`, `null`, `undefined`. */
export function isConstantFalse(node: SgNode | null): boolean {
  if (!node) return false;
  const text = unwrap(node).text().trim();
  return /^(false|0|null|undefined|""|''|!true|!1)$/.test(text);
}
