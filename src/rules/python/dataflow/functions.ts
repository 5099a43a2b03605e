import type { SgNode } from "@ast-grep/napi";

export interface ParamInfo {
  readonly name: string;
  /** Annotation text, if any ("int", "str", "Optional[str]"). */
  readonly annotation?: string;
  /** Default value text, if any. */
  readonly default?: string;
}

/** One `def` in the file, with what handler detection and call resolution need. */
export interface FunctionInfo {
  readonly key: number;
  readonly node: SgNode;
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly params: readonly ParamInfo[];
  /** Decorator texts without the "@". */
  readonly decorators: readonly string[];
  /** True when the def sits directly in a class body. */
  readonly isMethod: boolean;
}

export function collectFunctions(root: SgNode): FunctionInfo[] {
  const decorated = new Map<number, string[]>();
  for (const def of root.findAll({ rule: { kind: "decorated_definition" } })) {
    const texts: string[] = [];
    let target: SgNode | undefined;
    for (const child of def.children()) {
      if (child.kind() === "decorator") texts.push(child.text().replace(/^@\s*/, ""));
      else target = child;
    }
    if (target !== undefined) decorated.set(target.id(), texts);
  }
  const methods = new Set(
    root
      .findAll({ rule: { kind: "function_definition", inside: { kind: "class_definition", stopBy: "end" } } })
      .map((n) => n.id()),
  );
  return root.findAll({ rule: { kind: "function_definition" } }).map((node) => {
    const key = node.id();
    const range = node.range();
    const params = node.field("parameters");
    return {
      key,
      node,
      name: node.field("name")?.text() ?? "",
      start: range.start.index,
      end: range.end.index,
      params: params === null ? [] : readParams(params),
      decorators: decorated.get(key) ?? [],
      isMethod: methods.has(key) && isDirectMethod(node),
    };
  });
}

/** A def nested in a method is not itself a method; its parent chain says so. */
function isDirectMethod(node: SgNode): boolean {
  let parent = node.parent();
  if (parent?.kind() === "decorated_definition") parent = parent.parent();
  return parent?.kind() === "block" && parent.parent()?.kind() === "class_definition";
}

function readParams(params: SgNode): ParamInfo[] {
  const out: ParamInfo[] = [];
  for (const child of params.children()) {
    const kind = child.kind();
    if (kind === "identifier") out.push({ name: child.text() });
    else if (kind === "typed_parameter" || kind === "default_parameter" || kind === "typed_default_parameter") {
      out.push(parseParamText(child.text()));
    } else if (kind === "list_splat_pattern" || kind === "dictionary_splat_pattern") {
      out.push({ name: child.text().replace(/^\*+/, "").split(":")[0]?.trim() ?? "" });
    }
  }
  return out;
}

/** `name: int = 3` → {name, annotation, default}. */
function parseParamText(text: string): ParamInfo {
  const eq = text.indexOf("=");
  const head = eq < 0 ? text : text.slice(0, eq);
  const def = eq < 0 ? undefined : text.slice(eq + 1).trim();
  const colon = head.indexOf(":");
  const name = (colon < 0 ? head : head.slice(0, colon)).trim();
  const annotation = colon < 0 ? undefined : head.slice(colon + 1).trim();
  return {
    name,
    ...(annotation === undefined ? {} : { annotation }),
    ...(def === undefined ? {} : { default: def }),
  };
}

/** The innermost function whose body holds the byte offset, if any. */
export function enclosingFunction(functions: readonly FunctionInfo[], index: number): FunctionInfo | undefined {
  let best: FunctionInfo | undefined;
  for (const fn of functions) {
    if (fn.start <= index && index < fn.end && (best === undefined || fn.start >= best.start)) best = fn;
  }
  return best;
}
