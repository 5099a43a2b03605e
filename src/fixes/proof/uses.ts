import type { SgNode } from "@ast-grep/napi";
import { NOT_AFTER_NAME, NOT_BEFORE_NAME, namePattern } from "../../rules/shared/name-pattern.js";
import { foldString } from "./fold.js";
import type { Side } from "./indirect-route.js";
import { argumentsOf } from "./walk.js";

/** Something a fix changed that other code may rely on. */
export type Contract =
  | {
      readonly kind: "function";
      readonly name: string;
      readonly change: "renamed or removed" | "signature" | "return type";
    }
  | { readonly kind: "cookie"; readonly name: string };

/**
 * The repository's uses of changed contracts ("path:line: what"), with the
 * patched file's text in place of the one on disk.
 */
export type UsesLookup = (
  contracts: readonly Contract[],
  patched: { readonly path: string; readonly text: string },
) => Promise<readonly string[]>;

interface Signature {
  readonly params: string;
  readonly returns: string;
}

const FUNCTION_KINDS = new Set(["function_definition", "function_declaration", "method_definition"]);

function signatures(nodes: readonly SgNode[]): Map<string, Signature> {
  const out = new Map<string, Signature>();
  for (const node of nodes) {
    if (!FUNCTION_KINDS.has(String(node.kind()))) continue;
    const name = node.field("name")?.text();
    if (!name) continue;
    const squeeze = (n: SgNode | null): string => n?.text().replace(/\s+/g, "") ?? "";
    out.set(name, { params: squeeze(node.field("parameters")), returns: squeeze(node.field("return_type")) });
  }
  return out;
}

function descendants(node: SgNode): SgNode[] {
  const out: SgNode[] = [];
  const visit = (n: SgNode): void => {
    out.push(n);
    for (const child of n.children()) visit(child);
  };
  visit(node);
  return out;
}

const COOKIE_SETTERS = /(?:^|\.)(?:set_cookie|cookie|setCookie)$/;
const HTTP_ONLY = /^(?:httponly=True|httpOnly:true)$/;

/** Cookies the fix made HttpOnly: name → true, from the setter calls on the given side. */
function httpOnlyCookies(nodes: readonly SgNode[]): Set<string> {
  const names = new Set<string>();
  for (const node of nodes) {
    if (node.kind() !== "call" && node.kind() !== "call_expression") continue;
    if (!COOKIE_SETTERS.test(node.field("function")?.text().replace(/\s/g, "") ?? "")) continue;
    const args = argumentsOf(node);
    const first = args[0];
    const name = first ? foldString(first) : undefined;
    if (name === undefined) continue;
    // Walked by hand: a kind one grammar lacks (keyword_argument in JavaScript) makes findAll throw.
    const flags = descendants(node)
      .filter((n) => n.kind() === "keyword_argument" || n.kind() === "pair")
      .map((n) => n.text().replace(/\s/g, ""));
    if (flags.some((f) => HTTP_ONLY.test(f))) names.add(name);
  }
  return names;
}

/**
 * What the fix changed that callers or scripts may rely on: a function whose
 * name, parameters or return type differ, and a cookie newly made HttpOnly
 * (a page script reading it through document.cookie stops seeing it).
 */
export function changedContracts(before: Side, after: Side): Contract[] {
  const contracts: Contract[] = [];
  const was = signatures(before.nodes);
  const now = signatures(after.nodes);
  for (const [name, sig] of was) {
    const next = now.get(name);
    if (!next) contracts.push({ kind: "function", name, change: "renamed or removed" });
    else if (next.params !== sig.params) contracts.push({ kind: "function", name, change: "signature" });
    else if (next.returns !== sig.returns) contracts.push({ kind: "function", name, change: "return type" });
  }
  const already = httpOnlyCookies(before.nodes);
  for (const name of httpOnlyCookies(after.nodes))
    if (!already.has(name)) contracts.push({ kind: "cookie", name });
  return contracts;
}

/** Word characters as `\b` sees them. */
const WORD_CHARACTER = /\w/;

/** Whether `word` occurs in `text` between two `\b` boundaries, as `\bword\b` would find it. */
function containsWord(text: string, word: string): boolean {
  if (word === "") return false;
  const isWord = (c: string | undefined): boolean => c !== undefined && WORD_CHARACTER.test(c);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (isWord(text[at - 1]) !== isWord(word[0]) && isWord(word[word.length - 1]) !== isWord(text[end]))
      return true;
  }
  return false;
}

/**
 * The uses of changed contracts in a set of files: calls of the function
 * (not its own definition), and document.cookie reads in files that name the
 * cookie. Pure: the caller decides which files are the repository.
 */
export function usesIn(contracts: readonly Contract[], files: Iterable<readonly [string, string]>): string[] {
  const uses: string[] = [];
  for (const [path, text] of files) {
    const lines = text.split("\n");
    for (const c of contracts) {
      if (c.kind === "function") {
        // A call (`.name(` too) that does not continue another name; a definition names it after `def` or `function`.
        const call = new RegExp(String.raw`${NOT_AFTER_NAME}${namePattern(c.name)}\s*\(`);
        const definition = new RegExp(
          String.raw`\b(?:def|function)\s+${namePattern(c.name)}${NOT_BEFORE_NAME}|^\s*(?:async\s+)?${namePattern(c.name)}\s*\([^)]*\)\s*\{`,
        );
        lines.forEach((line, i) => {
          if (call.test(line) && !definition.test(line))
            uses.push(`${path}:${i + 1}: calls ${c.name}() (${c.change} changed): ${line.trim()}`);
        });
      } else if (text.includes("document.cookie") && containsWord(text, c.name)) {
        lines.forEach((line, i) => {
          if (line.includes("document.cookie"))
            uses.push(
              `${path}:${i + 1}: page script reads document.cookie (cookie ${c.name} made HttpOnly): ${line.trim()}`,
            );
        });
      }
    }
  }
  return uses;
}
