import type { SgNode } from "@ast-grep/napi";
import { isFunctionKind } from "./ast.js";
import type { Value } from "./taint.js";
import { exportedByText } from "./exported-by-text.js";

/** A function defined in the file by name, with its return summary computed once. */
export interface Helper {
  readonly node: SgNode;
  /** Values of every `return` (or expression body), evaluated with symbolic parameters. */
  returns(evaluate: (node: SgNode) => Value): readonly Value[];
  /** Calls to it by name in the same file. */
  callSites(): readonly SgNode[];
  /** How often `name(` appears in the text: an upper bound on call sites, without a tree walk. */
  callCount(): number;
  /**
   * For a public method of an exported class: "Class.method", the API entry
   * point whose callers (in other files) choose the arguments.
   */
  readonly exportedMethod?: string;
}

/** Key of a class method in the helper map: `.name`, apart from plain functions. */
export function methodKey(name: string): string {
  return `.${name}`;
}

/**
 * `function name() {}` and `const name = (...) => ...` anywhere in the file,
 * and methods of the file's classes (keyed by {@link methodKey}), called as
 * `x.name(...)` or `this.name(...)`. A method name defined by two classes is
 * ambiguous and left out (named in `ambiguousOut`). One walk of the tree finds them all.
 */
export function findHelpers(root: SgNode, text: string, ambiguousOut?: Set<string>): Map<string, Helper> {
  const helpers = new Map<string, Helper>();
  const withClasses = /\bclass\b/.test(text);
  const found = root.findAll({
    rule: {
      any: [
        { kind: "function_declaration" },
        { kind: "generator_function_declaration" },
        {
          kind: "variable_declarator",
          has: { field: "value", any: [{ kind: "arrow_function" }, { kind: "function_expression" }] },
        },
        ...(withClasses ? [{ kind: "method_definition" }] : []),
      ],
    },
  });
  const ambiguous = new Set<string>();
  // The export test scans the whole text: once per class, not once per method.
  const exportedClasses = new Map<number, string | undefined>();
  const exportedName = (cls: SgNode): string | undefined => {
    if (!exportedClasses.has(cls.id())) exportedClasses.set(cls.id(), exportedClassName(cls, text));
    return exportedClasses.get(cls.id());
  };
  for (const node of found) {
    if (node.kind() === "method_definition") {
      const nameNode = node.field("name");
      if (nameNode?.kind() !== "property_identifier" || node.parent()?.kind() !== "class_body") continue;
      const name = nameNode.text();
      if (name === "constructor") continue;
      const key = methodKey(name);
      if (helpers.has(key)) ambiguous.add(key);
      else {
        const cls = isPublicMethod(node, name) ? node.parent()?.parent() : undefined;
        const className = cls ? exportedName(cls) : undefined;
        const exported = className === undefined ? undefined : `${className}.${name}`;
        helpers.set(key, makeHelper(root, text, name, node, exported));
      }
      continue;
    }
    const name = node.field("name")?.text();
    const fn = node.kind() === "variable_declarator" ? node.field("value") : node;
    if (name === undefined || !fn || helpers.has(name)) continue;
    helpers.set(name, makeHelper(root, text, name, fn));
  }
  for (const key of ambiguous) {
    helpers.delete(key);
    ambiguousOut?.add(key);
  }
  return helpers;
}

/** Not private, protected, `_`-prefixed, a getter or a setter: callable from other modules. */
function isPublicMethod(method: SgNode, name: string): boolean {
  if (name.startsWith("_")) return false;
  const modifiers = method.children();
  const access = modifiers.find((c) => c.kind() === "accessibility_modifier")?.text();
  if (access !== undefined && access !== "public") return false;
  return !modifiers.some((c) => c.kind() === "get" || c.kind() === "set");
}

/** The class's name ("default" when it has none) when the module exports it, else undefined. */
function exportedClassName(cls: SgNode, text: string): string | undefined {
  const className = cls.field("name")?.text();
  const exported =
    cls.parent()?.kind() === "export_statement" ||
    (className !== undefined && exportedByText(text, className));
  return exported ? (className ?? "default") : undefined;
}

function makeHelper(root: SgNode, text: string, name: string, fn: SgNode, exportedMethod?: string): Helper {
  // Only methods of classes have an exportedMethod name.
  const method = fn.kind() === "method_definition";
  const calledAs = `${method ? methodKey(name) : name}(`;
  let count: number | undefined;
  let summary: Value[] | undefined;
  let computing = false;
  let sites: SgNode[] | undefined;
  return {
    node: fn,
    ...(exportedMethod !== undefined ? { exportedMethod } : {}),
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
      count ??= text.split(calledAs).length - 1;
      return count;
    },
    callSites() {
      const exact = `^${name.replace(/\$/g, "\\$")}$`;
      sites ??= root.findAll({
        rule: {
          kind: "call_expression",
          has: method
            ? {
                field: "function",
                kind: "member_expression",
                has: { field: "property", kind: "property_identifier", regex: exact },
              }
            : { field: "function", kind: "identifier", regex: exact },
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
