import type { SgNode } from "@ast-grep/napi";
import { isFunctionKind } from "./ast.js";
import type { Value } from "./taint.js";

/** A function defined in the file by name, with its return summary computed once. */
export interface Helper {
  readonly node: SgNode;
  /** Values of every `return` (or expression body), evaluated with symbolic parameters. */
  returns(evaluate: (node: SgNode) => Value): readonly Value[];
  /** Calls to it by name in the same file. */
  callSites(): readonly SgNode[];
  /** How often `name(` appears in the text: an upper bound on call sites, without a tree walk. */
  callCount(): number;
}

/** `function name() {}` and `const name = (...) => ...` anywhere in the file. */
export function findHelpers(root: SgNode, text: string): Map<string, Helper> {
  const helpers = new Map<string, Helper>();
  const found = root.findAll({
    rule: {
      any: [
        { kind: "function_declaration" },
        { kind: "generator_function_declaration" },
        {
          kind: "variable_declarator",
          has: { field: "value", any: [{ kind: "arrow_function" }, { kind: "function_expression" }] },
        },
      ],
    },
  });
  for (const node of found) {
    const name = node.field("name")?.text();
    const fn = node.kind() === "variable_declarator" ? node.field("value") : node;
    if (name === undefined || !fn || helpers.has(name)) continue;
    helpers.set(name, makeHelper(root, text, name, fn));
  }
  return helpers;
}

function makeHelper(root: SgNode, text: string, name: string, fn: SgNode): Helper {
  let count: number | undefined;
  let summary: Value[] | undefined;
  let computing = false;
  let sites: SgNode[] | undefined;
  return {
    node: fn,
    returns(evaluate) {
      if (summary) return summary;
      // A recursive helper sees no summary for itself while it is being computed.
      if (computing) return [];
      computing = true;
      try {
        summary = returnExpressions(fn).map(evaluate);
      } finally {
        computing = false;
      }
      return summary;
    },
    callCount() {
      count ??= text.split(`${name}(`).length - 1;
      return count;
    },
    callSites() {
      sites ??= root.findAll({
        rule: {
          kind: "call_expression",
          has: { field: "function", kind: "identifier", regex: `^${name.replace(/\$/g, "\\$")}$` },
        },
      });
      return sites;
    },
  };
}

function returnExpressions(fn: SgNode): SgNode[] {
  const body = fn.field("body");
  if (!body) return [];
  if (body.kind() !== "statement_block") return [body];
  const fnStart = fn.range().start.index;
  return body
    .findAll({ rule: { kind: "return_statement" } })
    .filter((ret) => {
      const owner = ret.ancestors().find((a) => isFunctionKind(String(a.kind())));
      return owner?.range().start.index === fnStart;
    })
    .map((ret) => ret.namedChildren()[0])
    .filter((e): e is SgNode => e !== undefined);
}
