import type { FunctionInfo } from "./functions.js";

/**
 * Lookups over a file's defs that would otherwise scan every def per
 * question: which def holds an offset, which defs carry a name, which def has
 * a key. A scan per call or per sink costs n² over a file of n functions
 * (docs/security-notes/linear-work.md); these are built once per file.
 */
export class FunctionIndex {
  /** By start offset; `parents[i]` is the nearest def around `sorted[i]`, or -1. */
  private readonly sorted: readonly FunctionInfo[];
  private readonly parents: readonly number[];
  private names: Map<string, FunctionInfo[]> | undefined;
  private keys: Map<number, FunctionInfo> | undefined;

  constructor(
    private readonly functions: readonly FunctionInfo[],
    private readonly text: string,
  ) {
    // A stable sort keeps the list order of defs that start together, as the scan it replaces did.
    this.sorted = [...functions].sort((a, b) => a.start - b.start);
    const parents: number[] = [];
    const open: number[] = [];
    this.sorted.forEach((fn, i) => {
      while (open.length > 0 && this.sorted[open[open.length - 1]!]!.end <= fn.start) open.pop();
      parents.push(open.length > 0 ? open[open.length - 1]! : -1);
      open.push(i);
    });
    this.parents = parents;
  }

  /**
   * The innermost def whose extent holds `index`. Defs nest, so the one around
   * it is the last def starting at or before it, or one of that def's parents.
   */
  enclosing(index: number): FunctionInfo | undefined {
    let lo = 0;
    let hi = this.sorted.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]!.start <= index) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    while (at >= 0 && index >= this.sorted[at]!.end) at = this.parents[at]!;
    return at >= 0 ? this.sorted[at] : undefined;
  }

  /** Defs named `name`, in the file's list order. */
  named(name: string): readonly FunctionInfo[] {
    if (!this.names) {
      this.names = new Map();
      for (const fn of this.functions) {
        const fnName = this.nameOf(fn);
        const list = this.names.get(fnName);
        if (list) list.push(fn);
        else this.names.set(fnName, [fn]);
      }
    }
    return this.names.get(name) ?? [];
  }

  byKey(key: number): FunctionInfo | undefined {
    if (!this.keys) {
      this.keys = new Map();
      // The first def with a key wins, as a scan from the start would find it.
      for (const fn of this.functions) if (!this.keys.has(fn.key)) this.keys.set(fn.key, fn);
    }
    return this.keys.get(key);
  }

  /**
   * A plain `def name(` is read from the text at the def's start, sparing a
   * tree query per def; anything else (non-ASCII names, line continuations)
   * asks the tree.
   */
  private nameOf(fn: FunctionInfo): string {
    PLAIN_DEF.lastIndex = fn.start;
    return PLAIN_DEF.exec(this.text)?.[1] ?? fn.name;
  }
}

/** `def name(` or `async def name[`, the name in ASCII, at the def's first character. */
const PLAIN_DEF = /(?:async[ \t]+)?def[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]*[([]/y;
