import type { SgNode } from "@ast-grep/napi";

export interface ParamInfo {
  readonly name: string;
  /** Annotation text, if any ("int", "str", "Optional[str]"). */
  readonly annotation?: string;
  /** Default value text, if any. */
  readonly default?: string;
}

/**
 * One `def` in the file. Only its extent is read up front (to find which
 * function holds a sink); name, parameters, decorators and method-ness are
 * read from the tree when first asked for, since most defs are never asked.
 */
export class FunctionInfo {
  readonly key: number;
  readonly start: number;
  readonly end: number;
  private cachedName: string | undefined;
  private cachedParams: ParamInfo[] | undefined;
  private cachedDecorators: string[] | undefined;
  private cachedIsMethod: boolean | undefined;

  constructor(readonly node: SgNode) {
    this.key = node.id();
    const range = node.range();
    this.start = range.start.index;
    this.end = range.end.index;
  }

  get name(): string {
    this.cachedName ??= this.node.field("name")?.text() ?? "";
    return this.cachedName;
  }

  get params(): readonly ParamInfo[] {
    if (this.cachedParams === undefined) {
      const params = this.node.field("parameters");
      this.cachedParams = params === null ? [] : readParams(params);
    }
    return this.cachedParams;
  }

  /** Decorator texts without the "@". */
  get decorators(): readonly string[] {
    if (this.cachedDecorators === undefined) {
      const parent = this.node.parent();
      this.cachedDecorators =
        parent?.kind() === "decorated_definition"
          ? parent
              .children()
              .filter((c) => c.kind() === "decorator")
              .map((c) => c.text().replace(/^@\s*/, ""))
          : [];
    }
    return this.cachedDecorators;
  }

  /**
   * How many leading parameters a call does not pass: 1 for `self`/`cls` of
   * a method, 0 for a function or a `@staticmethod`, whose first parameter
   * is the caller's first argument.
   */
  get implicitParams(): number {
    return this.isMethod && !this.decorators.some((d) => /^(?:builtins\.)?staticmethod$/.test(d.trim()))
      ? 1
      : 0;
  }

  /** True when the def sits directly in a class body. */
  get isMethod(): boolean {
    if (this.cachedIsMethod === undefined) {
      let parent = this.node.parent();
      if (parent?.kind() === "decorated_definition") parent = parent.parent();
      this.cachedIsMethod = parent?.kind() === "block" && parent.parent()?.kind() === "class_definition";
    }
    return this.cachedIsMethod;
  }
}

function readParams(params: SgNode): ParamInfo[] {
  const out: ParamInfo[] = [];
  for (const child of params.children()) {
    const kind = child.kind();
    if (kind === "identifier") out.push({ name: child.text() });
    else if (
      kind === "typed_parameter" ||
      kind === "default_parameter" ||
      kind === "typed_default_parameter"
    ) {
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
