import type { SgNode } from "@ast-grep/napi";
import { evalExpr, type CallFacts } from "./expressions.js";
import { FunctionIndex } from "./function-index.js";
import { FunctionInfo } from "./functions.js";
import { classifyParams, holdsNoText } from "./handlers.js";
import { assertionGuards } from "./predicates.js";
import { canonical, type ImportMap } from "./imports.js";
import type { Env } from "./env.js";
import { Walker, type FileScope } from "./statements.js";
import { ENTRY_SOURCES, mayHaveSources } from "./sources.js";
import { CLEAN, join, sourceOrigin, type Origin, type Taint } from "./taint.js";
import { namePattern } from "../../shared/name-pattern.js";
import { callArguments } from "./call-arguments.js";

const BUILTIN_NAMES = new Set([
  "print",
  "len",
  "str",
  "int",
  "float",
  "bool",
  "list",
  "dict",
  "set",
  "tuple",
  "isinstance",
  "issubclass",
  "hasattr",
  "getattr",
  "setattr",
  "callable",
  "any",
  "all",
  "sorted",
  "range",
  "super",
  "type",
  "id",
  "repr",
  "open",
  "iter",
  "next",
  "min",
  "max",
  "sum",
  "abs",
  "round",
  "format",
  "vars",
  "delattr",
  "exec",
  "eval",
]);

/** Lookups answered without listing every def before the per-file index is built. */
const FEW_QUESTIONS = 16;

/**
 * The data-flow facts of one file, computed lazily: a function is walked only
 * when a rule asks about a call inside it (or a helper it calls needs a
 * summary), and each function is walked once for all rules.
 */
export class FileFlow implements FileScope {
  private functionList: FunctionInfo[] | undefined;
  private functionIndex: FunctionIndex | undefined;
  /** Defs found by climbing from a node before the index was built, by key. */
  private readonly climbed = new Map<number, FunctionInfo>();
  private climbs = 0;
  private textSearches = 0;
  private readonly calls = new Map<number, CallFacts>();
  private readonly values = new Map<number, Taint>();
  private readonly summaries = new Map<number, Taint>();
  private readonly inProgress = new Set<number>();
  private moduleWalked = false;
  private globalIndex: Map<string, SgNode[]> | undefined;
  private readonly globalCache = new Map<string, Taint | undefined>();
  private readonly globalsInProgress = new Set<string>();
  private callsByName: Map<string, { call: SgNode; viaAttribute: boolean }[]> | undefined;
  private handOvers: SgNode[] | undefined;
  private readonly exposure = new Map<number, boolean>();
  private readonly nameCounts = new Map<string, number>();
  private sourcesInFile: boolean | undefined;
  private readonly moduleDefs = new Map<string, SgNode | null>();
  /** Class node id → its member defs by name, the first def of each name (classMethod). */
  private readonly classMembers = new Map<number, Map<string, SgNode>>();
  /**
   * Characters of defs and module-level right-hand sides walked so far: what
   * a caller that walks on behalf of others (the cross-file summary step)
   * charges against its budget, same-file helpers included.
   */
  walkedChars = 0;

  constructor(
    readonly root: SgNode,
    readonly text: string,
    readonly imports: ImportMap,
    private readonly definitions: () => readonly SgNode[],
  ) {}

  get functions(): readonly FunctionInfo[] {
    this.functionList ??= this.definitions().map((node) => new FunctionInfo(node));
    return this.functionList;
  }

  canonical(dotted: string): string {
    return canonical(dotted, this.imports);
  }

  /**
   * The innermost def around a node. The first few questions climb the node's
   * ancestors, which spares listing every def of a large file for one sink;
   * past that, each climb (a walk down from the root) would cost more than
   * the index over every def.
   */
  functionAt(node: SgNode): FunctionInfo | undefined {
    if (this.functionIndex === undefined && this.climbs < FEW_QUESTIONS) {
      this.climbs++;
      const def = node.ancestors().find((a) => a.kind() === "function_definition");
      return def === undefined ? undefined : this.infoOf(def);
    }
    return this.index().enclosing(node.range().start.index);
  }

  private index(): FunctionIndex {
    this.functionIndex ??= new FunctionIndex(this.functions, this.text);
    return this.functionIndex;
  }

  /** One FunctionInfo per def, whether found by a climb or in the list. */
  private infoOf(def: SgNode): FunctionInfo {
    const key = def.id();
    const listed = this.functionList === undefined ? undefined : this.index().byKey(key);
    if (listed) return listed;
    let info = this.climbed.get(key);
    if (!info) {
      info = new FunctionInfo(def);
      this.climbed.set(key, info);
    }
    return info;
  }

  /**
   * Defs named `name`. While few names were asked, a def is first looked for
   * in the text: `def`, then only blanks or line continuations, then the
   * name, is how any def of it is spelled, so no match means none. (No comment
   * can come between: it would end the line, and a line cannot end there.)
   */
  private defsNamed(name: string): readonly FunctionInfo[] {
    if (this.functionIndex === undefined && this.textSearches < FEW_QUESTIONS) {
      this.textSearches++;
      const spelled = new RegExp(`\\bdef[\\s\\\\\\0]+${namePattern(name)}`);
      if (!spelled.test(this.text)) return [];
    }
    return this.index().named(name);
  }

  /** The module-level def named `name`, for checks that read a same-file validator's body (predicates.ts). */
  moduleDef(name: string): SgNode | undefined {
    // Built-ins (`len(x)`, `print(x)`) are the most common bare calls and never the file's own def.
    if (BUILTIN_NAMES.has(name)) return undefined;
    const known = this.moduleDefs.get(name);
    if (known !== undefined) return known ?? undefined;
    const def = this.defsNamed(name).find((f) => {
      const parent = f.node.parent();
      const holder = parent?.kind() === "decorated_definition" ? parent.parent() : parent;
      return holder?.kind() === "module";
    })?.node;
    this.moduleDefs.set(name, def ?? null);
    return def;
  }

  /**
   * The first def named `name` among a class's members (`self._is_allowed(url)`: guards.ts ownMethod).
   * Every `self.m(...)` statement and condition asks; the class's members are listed once.
   */
  classMethod(holder: SgNode, name: string): SgNode | undefined {
    let members = this.classMembers.get(holder.id());
    if (members === undefined) {
      members = new Map();
      for (const member of holder.field("body")?.children() ?? []) {
        const def = member.kind() === "decorated_definition" ? member.field("definition") : member;
        const named = def?.kind() === "function_definition" ? def.field("name")?.text() : undefined;
        if (def && named !== undefined && !members.has(named)) members.set(named, def);
      }
      this.classMembers.set(holder.id(), members);
    }
    return members.get(name);
  }

  /** Argument taints of a call, analysing its enclosing function first if needed. */
  callFacts(call: SgNode): CallFacts {
    const id = call.id();
    const known = this.calls.get(id);
    if (known) return known;
    this.ensureAnalysed(call);
    const after = this.calls.get(id);
    if (after) return after;
    // A call the walk never reached is dead code (a constant-false branch, after a return),
    // unless it sits in a lambda, which the walk does not enter: that one is evaluated alone.
    if (call.matches({ rule: { inside: { kind: "lambda", stopBy: "end" } } }))
      evalExpr(call, new Walker(this, new Map()));
    return this.calls.get(id) ?? { callee: "", receiver: CLEAN, args: [], kwargs: new Map() };
  }

  /** Taint of a return statement's value, an assignment's right-hand side or a dictionary member's value. */
  valueOf(node: SgNode): Taint {
    const id = node.id();
    if (!this.values.has(id)) this.ensureAnalysed(node);
    return this.values.get(id) ?? CLEAN;
  }

  private ensureAnalysed(node: SgNode): void {
    const fn = this.functionAt(node);
    if (fn) this.summary(fn);
    else if (!this.moduleWalked) {
      this.moduleWalked = true;
      new Walker(this, new Map(), true).block(this.root);
    }
  }

  /** Walks a function once; returns what it returns (with `param` origins for its own parameters). */
  summary(fn: FunctionInfo): Taint | undefined {
    const done = this.summaries.get(fn.key);
    if (done) return done;
    if (this.inProgress.has(fn.key)) return undefined;
    this.inProgress.add(fn.key);
    this.walkedChars += fn.end - fn.start;
    const walker = new Walker(this, this.initialEnv(fn));
    const body = fn.node.field("body");
    if (body) walker.block(body);
    this.inProgress.delete(fn.key);
    this.summaries.set(fn.key, walker.returns);
    return walker.returns;
  }

  private initialEnv(fn: FunctionInfo): Env {
    const env: Env = new Map();
    const { starts, entry } = classifyParams(fn);
    const kind = ENTRY_SOURCES[entry ?? "route"];
    fn.params.forEach((p, i) => {
      const start = starts[i];
      if (start === "clean" || holdsNoText(p)) env.set(p.name, CLEAN);
      else if (start === "source") {
        env.set(p.name, [sourceOrigin({ label: `parameter '${p.name}' of ${fn.name}()`, ...kind }, fn.node)]);
      } else {
        const origin: Origin = {
          kind: "param",
          label: `parameter '${p.name}' of ${fn.name}()`,
          trust: 0,
          node: fn.node,
          fn: fn.key,
          param: i,
          paramName: p.name,
          sanitised: [],
          built: false,
        };
        env.set(p.name, [origin]);
      }
    });
    return env;
  }

  /**
   * Whether known untrusted input can plausibly reach code in this function:
   * it is a route handler, mentions an input itself, or has parameters and is
   * called in a file that mentions one. A cheap test on text that spares the
   * walk of the many functions that only ever see the program's own data.
   */
  exposed(node: SgNode): boolean {
    if (!this.mentionsInput()) return false;
    // The nearest def above the node, without listing every def in the file.
    const fnNode = node.ancestors().find((a) => a.kind() === "function_definition");
    if (fnNode === undefined) return true;
    const key = fnNode.id();
    let verdict = this.exposure.get(key);
    if (verdict === undefined) {
      const fn = new FunctionInfo(fnNode);
      verdict =
        this.isHandler(fn) ||
        mayHaveSources(fnNode.text()) ||
        (fn.params.some((p) => p.name !== "self" && p.name !== "cls") &&
          (this.callCount(fn.name) > 0 || this.handOversOf(fn).length > 0));
      this.exposure.set(key, verdict);
    }
    return verdict;
  }

  /**
   * The node sits in a def another module can import and call with arguments:
   * a module-level def, or a method of a module-level class, with a parameter
   * besides `self`/`cls`.
   */
  importable(node: SgNode): boolean {
    const fnNode = node.ancestors().find((a) => a.kind() === "function_definition");
    if (fnNode === undefined) return false;
    const outer = (n: SgNode): SgNode | null => {
      const parent = n.parent();
      return parent?.kind() === "decorated_definition" ? parent.parent() : parent;
    };
    const holder = outer(fnNode);
    const atTop =
      holder?.kind() === "module" ||
      (holder?.kind() === "block" &&
        holder.parent()?.kind() === "class_definition" &&
        outer(holder.parent() as SgNode)?.kind() === "module");
    return atTop && this.infoOf(fnNode).params.some((p) => p.name !== "self" && p.name !== "cls");
  }

  /**
   * mayHaveSources() for the whole file, kept here: exposed() also asks it about
   * single functions, which would evict the file's answer from its one-entry memo
   * and make every later call scan the whole file again.
   */
  private mentionsInput(): boolean {
    this.sourcesInFile ??= mayHaveSources(this.text);
    return this.sourcesInFile;
  }

  /** How many times `name(` appears in the file besides its `def`. */
  private callCount(name: string): number {
    let count = this.nameCounts.get(name);
    if (count === undefined) {
      count = this.text.split(`${name}(`).length - 2;
      this.nameCounts.set(name, count);
    }
    return count;
  }

  isHandler(fn: FunctionInfo): boolean {
    return classifyParams(fn).isHandler;
  }

  recordCall(call: SgNode, facts: CallFacts): void {
    this.calls.set(call.id(), facts);
  }

  recordValue(node: SgNode, taint: Taint): void {
    this.values.set(node.id(), taint);
  }

  /** A module-level variable's taint: the join of every top-level assignment to it. */
  global(name: string): Taint | undefined {
    if (this.globalCache.has(name)) return this.globalCache.get(name);
    if (this.globalsInProgress.has(name)) return CLEAN;
    this.globalIndex ??= indexGlobals(this.root);
    const rhs = this.globalIndex.get(name);
    if (rhs === undefined) {
      this.globalCache.set(name, undefined);
      return undefined;
    }
    this.globalsInProgress.add(name);
    for (const node of rhs) this.walkedChars += node.range().end.index - node.range().start.index;
    const walker = new Walker(this, new Map());
    const taint = join(...rhs.map((node) => evalExpr(node, walker)));
    this.globalsInProgress.delete(name);
    this.globalCache.set(name, taint);
    return taint;
  }

  callHelper(
    callee: SgNode,
    dotted: string,
    args: readonly Taint[],
    kwargs: ReadonlyMap<string, Taint>,
  ): Taint | undefined {
    const parts = dotted.split(".");
    const viaSelf = parts.length === 2 && (parts[0] === "self" || parts[0] === "cls");
    if (parts.length !== 1 && !viaSelf) return undefined;
    const name = parts[parts.length - 1] ?? "";
    const fn = this.defsNamed(name).findLast((f) => f.isMethod === viaSelf);
    if (fn === undefined || callee.kind() === "ERROR") return undefined;
    const returns = this.summary(fn);
    if (returns === undefined) return undefined;
    const shift = fn.implicitParams;
    // `url = await self._validate(url)`: a def that raises unless its first argument passed a check hands it back checked.
    const checked = returns.some((o) => o.kind === "param" && o.param === shift)
      ? assertionGuards(fn.node)
      : [];
    return join(
      ...returns.map((o): Taint => {
        if (o.kind !== "param" || o.fn !== fn.key || o.param === undefined) return [o];
        const actual = args[o.param - shift] ?? kwargs.get(o.paramName ?? "") ?? CLEAN;
        const passed = o.param === shift ? checked : [];
        return actual.map((a) => ({
          ...a,
          sanitised: [...new Set([...a.sanitised, ...o.sanitised, ...passed])],
          built: a.built || o.built,
          ...(a.derived === true || o.derived === true ? { derived: true } : {}),
          ...(a.parsed === true || o.parsed === true ? { parsed: true } : {}),
        }));
      }),
    );
  }

  /**
   * Replaces nothing but adds, to each `param` origin, the known sources that
   * callers in this file pass for that parameter: a helper reached from a
   * request handler is as exposed as the handler. Unresolved parameters stay.
   */
  resolve(taint: Taint, depth = 2): Taint {
    if (depth === 0 || !taint.some((o) => o.kind === "param") || !this.mentionsInput()) return taint;
    const extra: Taint[] = [];
    for (const o of taint) {
      if (o.kind !== "param" || o.param === undefined) continue;
      const fn = o.fn === undefined ? undefined : (this.climbed.get(o.fn) ?? this.index().byKey(o.fn));
      if (fn === undefined) continue;
      const shift = fn.implicitParams;
      for (const { call, first } of this.callSitesOf(fn)) {
        if (!this.exposed(call)) continue;
        const facts = this.callFacts(call);
        const passed = facts.args[o.param - shift + first] ?? facts.kwargs.get(o.paramName ?? "") ?? CLEAN;
        const sources = this.resolve(passed, depth - 1).filter((s) => s.kind === "source");
        extra.push(
          sources.map((s) => ({
            ...s,
            sanitised: [...new Set([...s.sanitised, ...o.sanitised])],
            built: s.built || o.built,
          })),
        );
      }
    }
    return join(taint, ...extra);
  }

  /**
   * The calls in this file that run `fn`, with the index of the call's
   * argument that fills `fn`'s first parameter: `fn(a)` and `self.fn(a)` at 0,
   * and the hand-overs that run it on a worker thread, `asyncio.to_thread(fn, a)`
   * and Starlette's `run_in_threadpool(fn, a)` at 1, `loop.run_in_executor(None, fn, a)` at 2.
   */
  callSitesOf(fn: FunctionInfo): readonly { readonly call: SgNode; readonly first: number }[] {
    const direct = this.callersOf(fn).map((call) => ({ call, first: 0 }));
    return [...direct, ...this.handOversOf(fn)];
  }

  private handOversOf(fn: FunctionInfo): { call: SgNode; first: number }[] {
    if (this.handOvers === undefined) {
      this.handOvers = HAND_OVER_HINT.test(this.text)
        ? this.root.findAll({ rule: { kind: "call", has: { field: "function", regex: HAND_OVER_CALLEE } } })
        : [];
    }
    const out: { call: SgNode; first: number }[] = [];
    for (const call of this.handOvers) {
      const callee = call.field("function")?.text() ?? "";
      const at = callee.endsWith("run_in_executor") ? 1 : 0;
      const handed = callArguments(call.field("arguments")).positional[at];
      const text = handed?.text() ?? "";
      const name = text.slice(text.lastIndexOf(".") + 1);
      if (name !== fn.name || (handed?.kind() === "attribute") !== fn.isMethod) continue;
      out.push({ call, first: at + 1 });
    }
    return out;
  }

  private callersOf(fn: FunctionInfo): SgNode[] {
    if (this.callsByName === undefined) {
      // One search for calls to every function defined here, the first time any is needed.
      const names = [...new Set(this.functions.map((f) => f.name).filter((n) => /^\w+$/.test(n)))];
      this.callsByName = new Map();
      const found =
        names.length === 0
          ? []
          : this.root.findAll({
              rule: { kind: "call", has: { field: "function", regex: `(?:^|\\.)(?:${names.join("|")})$` } },
            });
      for (const call of found) {
        const callee = call.children()[0];
        const text = callee?.text() ?? "";
        const name = text.slice(text.lastIndexOf(".") + 1);
        const entry = { call, viaAttribute: callee?.kind() === "attribute" };
        const list = this.callsByName.get(name);
        if (list) list.push(entry);
        else this.callsByName.set(name, [entry]);
      }
    }
    const calls = this.callsByName.get(fn.name) ?? [];
    // A method is called through an attribute, a plain function by its bare name.
    return calls.filter((c) => c.viaAttribute === fn.isMethod).map((c) => c.call);
  }
}

/** Calls that run the function they are given on a worker thread (callSitesOf). */
const HAND_OVER_HINT = /\b(?:to_thread|run_in_executor|run_in_threadpool)\b/;
const HAND_OVER_CALLEE = "(?:^|\\.)(?:to_thread|run_in_executor|run_in_threadpool)$";

/** Name → right-hand sides of the module's top-level assignments to it. */
function indexGlobals(root: SgNode): Map<string, SgNode[]> {
  const out = new Map<string, SgNode[]>();
  for (const stmt of root.children()) {
    if (stmt.kind() !== "expression_statement") continue;
    let node = stmt.children()[0];
    const names: string[] = [];
    while (node?.kind() === "assignment") {
      const children = node.children();
      const left = children[0];
      if (left?.kind() === "identifier") names.push(left.text());
      else if (left) for (const c of left.children()) if (c.kind() === "identifier") names.push(c.text());
      const eq = children.findIndex((c) => c.kind() === "=");
      node = eq < 0 ? undefined : children[eq + 1];
    }
    if (node === undefined || names.length === 0) continue;
    for (const name of names) out.set(name, [...(out.get(name) ?? []), node]);
  }
  return out;
}
