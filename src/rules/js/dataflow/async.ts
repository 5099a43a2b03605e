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
 * (`async function load`, `const load = async (`, `async save(`): looking
 * around each `async` keyword is far cheaper than walking every function
 * node, and stays linear on minified files.
 */
export function asyncNames(text: string): { functions: Set<string>; methods: Set<string> } {
  const functions = new Set<string>();
  const methods = new Set<string>();
  for (const m of text.matchAll(/\basync\b/g)) {
    const at = m.index;
    const after = text.slice(at, at + 120);
    const before = text.slice(Math.max(0, at - 120), at);
    const declared = /^async\s+function\s*(?:\*\s*)?([\w$]+)/.exec(after);
    if (declared?.[1]) {
      functions.add(declared[1]);
      continue;
    }
    const assigned = /([\w$]+)\s*(?::\s*[\w$.<>[\]|&\s,]{1,60})?=\s*$/.exec(before);
    if (assigned?.[1]) {
      functions.add(assigned[1]);
      continue;
    }
    const method = /^async\s+(?:\*\s*)?([\w$]+)\s*[(<]/.exec(after);
    if (
      method?.[1] &&
      method[1] !== "function" &&
      /(^|[\s{};,])$|(static|public|private|protected|override)\s+$/.test(before)
    ) {
      methods.add(method[1]);
    }
  }
  return { functions, methods };
}
