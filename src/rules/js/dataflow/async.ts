import type { SgNode } from "@ast-grep/napi";
import { FUNCTION_KINDS, isFunctionKind } from "./ast.js";

/** True for `async function`, `async () =>`, `async method()`. */
export function isAsyncFunction(fn: SgNode): boolean {
  for (const child of fn.children()) {
    const kind = String(child.kind());
    if (kind === "async") return true;
    if (kind === "formal_parameters" || kind === "statement_block" || kind === "identifier") return false;
  }
  return false;
}

/** The nearest function around a node, or null at the top level. */
export function enclosingFunction(node: SgNode): SgNode | null {
  for (const ancestor of node.ancestors()) {
    if (isFunctionKind(String(ancestor.kind()))) return ancestor;
  }
  return null;
}

/** Names of the file's async functions and async methods (`load`, `this.save` → "save"). */
export function asyncNames(root: SgNode): { functions: Set<string>; methods: Set<string> } {
  const functions = new Set<string>();
  const methods = new Set<string>();
  for (const fn of root.findAll({ rule: { any: FUNCTION_KINDS.map((kind) => ({ kind })) } })) {
    if (!isAsyncFunction(fn)) continue;
    const kind = String(fn.kind());
    if (kind === "method_definition") {
      const name = fn.field("name")?.text();
      if (name) methods.add(name);
      continue;
    }
    const name = fn.field("name")?.text() ?? declaredName(fn);
    if (name) functions.add(name);
  }
  return { functions, methods };
}

function declaredName(fn: SgNode): string | undefined {
  const parent = fn.parent();
  if (parent?.kind() === "variable_declarator") return parent.field("name")?.text();
  return undefined;
}
