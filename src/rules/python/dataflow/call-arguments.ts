import type { SgNode } from "@ast-grep/napi";

/**
 * A call's arguments as the rules read them. tree-sitter keeps comments in the
 * tree as named `comment` nodes wherever they appear, so a comment after `(` or
 * between arguments would otherwise take the first positional slot and hide the
 * real argument from every sink (docs/ARCHITECTURE.md, the rules row).
 */
export interface CallArguments {
  readonly positional: readonly SgNode[];
  /** Keyword name → its value (`shell=True` → `True`). */
  readonly keyword: ReadonlyMap<string, SgNode>;
}

const NO_ARGUMENTS: CallArguments = { positional: [], keyword: new Map() };

/** The named children of a node that are code, not comments: `[a,  # why\n b]` → `a`, `b`. */
export function codeChildren(node: SgNode): SgNode[] {
  return node.children().filter((c) => c.isNamed() && c.kind() !== "comment");
}

/** The first named child that is code: the subject of `len(x)`, the value of `return x`. */
export function firstCode(node: SgNode | undefined | null): SgNode | undefined {
  return node?.children().find((c) => c.isNamed() && c.kind() !== "comment");
}

/**
 * Splits an `argument_list` into positional and keyword arguments, skipping
 * comments. `f(x for x in y)` has a bare `generator_expression` in its place,
 * which is its one positional argument. `*args` and `**kwargs` stay positional
 * (as `list_splat` / `dictionary_splat`), so their taint still counts.
 */
export function callArguments(argList: SgNode | undefined | null): CallArguments {
  if (argList === undefined || argList === null) return NO_ARGUMENTS;
  if (argList.kind() === "generator_expression") return { positional: [argList], keyword: new Map() };
  if (argList.kind() !== "argument_list") return NO_ARGUMENTS;
  const positional: SgNode[] = [];
  const keyword = new Map<string, SgNode>();
  for (const arg of codeChildren(argList)) {
    if (arg.kind() !== "keyword_argument") {
      positional.push(arg);
      continue;
    }
    // Fields, not child positions: `shell=  # why\n True` has a comment between `=` and the value.
    const name = arg.field("name");
    const value = arg.field("value");
    if (name && value) keyword.set(name.text(), value);
  }
  return { positional, keyword };
}
