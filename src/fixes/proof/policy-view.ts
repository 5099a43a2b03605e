import type { SgNode } from "@ast-grep/napi";
import { foldString } from "./fold.js";
import { argumentsOf } from "./walk.js";

/** A call in the code a policy looks at: its callee as written (no spaces) and its arguments. */
export interface ViewCall {
  readonly callee: string;
  readonly args: readonly SgNode[];
  /** Argument texts, and `name=value` / `key: value` for keyword arguments and options. */
  readonly argTexts: readonly string[];
  readonly text: string;
}

/**
 * What a fix policy reads: the calls, string values and option settings on
 * the lines the fix wrote and the lines of the finding after it. Built from
 * the syntax tree, so comments and the words inside them never count.
 */
export interface PolicyView {
  readonly calls: readonly ViewCall[];
  readonly strings: readonly string[];
  /** `name=value` (Python keyword arguments) and `key: value` (object options), spaces removed. */
  readonly settings: readonly string[];
  /** `target = value` assignments, spaces removed. */
  readonly assignments: readonly string[];
  /** Dotted names and identifiers used, e.g. `secrets.token_urlsafe`, `process.env`. */
  readonly names: readonly string[];
}

const compact = (s: string): string => s.replace(/\s+/g, "");

export function policyView(nodes: readonly SgNode[]): PolicyView {
  const calls: ViewCall[] = [];
  const strings: string[] = [];
  const settings: string[] = [];
  const assignments: string[] = [];
  const names: string[] = [];
  for (const node of nodes) {
    const kind = node.kind();
    if (kind === "call" || kind === "call_expression" || kind === "new_expression") {
      const callee = node.field("function") ?? node.field("constructor");
      const args = argumentsOf(node);
      calls.push({
        callee: compact(callee?.text() ?? ""),
        args,
        argTexts: args.map((a) => compact(a.text())),
        text: compact(node.text()),
      });
    } else if (
      kind === "string" ||
      kind === "template_string" ||
      kind === "binary_expression" ||
      kind === "binary_operator"
    ) {
      const value = foldString(node);
      if (value !== undefined) strings.push(value);
    } else if (kind === "keyword_argument" || kind === "pair") {
      settings.push(compact(node.text()));
    } else if (kind === "assignment" || kind === "assignment_expression" || kind === "augmented_assignment") {
      assignments.push(compact(node.text()));
    } else if (kind === "attribute" || kind === "member_expression" || kind === "identifier") {
      names.push(compact(node.text()));
    }
  }
  return { calls, strings, settings, assignments, names };
}
