import type { SgNode } from "@ast-grep/napi";
import { isFunctionKind } from "./ast.js";

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

/**
 * Names of the file's async functions and methods, read from the text
 * (`async function load`, `const load = async (`, `async save(`): a regular
 * expression over the source is far cheaper than walking every function node.
 */
export function asyncNames(text: string): { functions: Set<string>; methods: Set<string> } {
  const functions = new Set<string>();
  const methods = new Set<string>();
  for (const m of text.matchAll(/\basync\s+function\s*\*?\s*([\w$]+)/g)) if (m[1]) functions.add(m[1]);
  for (const m of text.matchAll(/([\w$]+)\s*(?::[^=;]{1,80})?=\s*async\b/g)) if (m[1]) functions.add(m[1]);
  for (const m of text.matchAll(
    /^\s*(?:(?:public|private|protected|static|override)\s+)*async\s+\*?\s*([\w$]+)\s*[(<]/gm,
  )) {
    if (m[1] && m[1] !== "function") methods.add(m[1]);
  }
  return { functions, methods };
}
