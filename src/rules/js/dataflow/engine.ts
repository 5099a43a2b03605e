import type { SgNode } from "@ast-grep/napi";
import { callArguments, dottedPath, isFunctionKind, startOf } from "./ast.js";
import {
  ELEMENT_CALLBACKS,
  MESSAGE_SOURCE,
  NEXT_HANDLERS,
  NEXT_PROPS,
  ROLE_BY_PARAM_NAME,
  ROUTE_METHODS,
} from "./catalogue.js";
import { bindPattern, nodeDefinitions } from "./definitions.js";
import { evaluate, type Env } from "./evaluate.js";
import { findHelpers, type Helper } from "./helpers.js";
import { decoratedParameterValue, isServerAction, SERVER_ACTION_WORDS } from "./framework-params.js";
import { projectImportNames } from "./local-imports.js";
import { Scope, type Definition, type EvalMode } from "./scope.js";
import {
  join,
  joinAll,
  role,
  sanitise,
  sanitisedOfParam,
  source,
  unknown,
  type RoleName,
  type Value,
} from "./taint.js";
import { NOT_AFTER_NAME, namePattern } from "../../shared/name-pattern.js";

const MAX_DEPTH = 60;
/**
 * Work limits per file, so that one pathological file cannot stall a review:
 * past them values count as of unknown origin (reported, if at all, at low
 * confidence) instead of being followed further.
 */
const MAX_EVALUATIONS = 50_000;
const MAX_CALL_SITE_EXPANSIONS = 12;
/**
 * How sure we are that an argument of an exported class's public method is
 * attacker-controlled: callers elsewhere often pass request data, not always.
 */
const API_PARAMETER_CONFIDENCE = 0.65;
/** Helpers called from more places than this are not expanded (each call site is a walk). */
const MAX_CALL_SITES = 30;

/** `id: number`, `on: boolean`: a declared scalar cannot carry a string payload from a typed caller. */
/** `tenantId: string`: a parameter declared a string. */
function stringTyped(pattern: SgNode): boolean {
  return /^:\s*string$/.test(pattern.parent()?.field("type")?.text() ?? "");
}

function scalarTyped(pattern: SgNode): boolean {
  const annotation = pattern.parent()?.field("type")?.text() ?? "";
  return /^:\s*(?:number|boolean|bigint)$/.test(annotation);
}

/**
 * Intraprocedural taint tracking with same-file call summaries. Everything is
 * computed on demand: a file with no sink candidates costs nothing, and only
 * the functions around a sink have their definitions collected.
 */
export class TaintEngine implements Env {
  private readonly scopes = new Map<number, Scope>();
  private readonly program: Scope;
  private readonly memo = new Map<Definition, Map<EvalMode, Value>>();
  private readonly inProgress = new Set<Definition>();
  private helpers: Map<string, Helper> | undefined;
  private helpersById: Map<number, Helper> | undefined;
  private readonly hasClasses: boolean;
  private projectImports: ReadonlySet<string> | undefined;
  /** Method names two classes of the file define: the file's code, but which one runs is unknown. */
  private readonly ambiguousHelpers = new Set<string>();
  private readonly compiledTemplates = new Map<string, "escaping" | "raw" | "none">();
  private usesServer: boolean | undefined;
  private depth = 0;
  private evaluations = 0;
  /**
   * Set by the cross-file summary step (src/rules/xfile/js-summary.ts): the
   * key of a call to another module's function, read in "xfile" mode only.
   */
  importedCall: ((call: SgNode) => string | undefined) | undefined;
  private expansions = 0;

  constructor(
    readonly root: SgNode,
    private readonly text: string,
  ) {
    this.hasClasses = /\bclass\b/.test(text);
    this.program = new Scope(root, undefined, (scope, nodes) => this.collect(scope, nodes));
  }

  /** The value an expression may hold, with its taint. */
  valueOf(node: SgNode): Value {
    return this.evaluateIn(node, this.scopeOf(node), "call-sites");
  }

  evaluateIn(node: SgNode, scope: Scope, mode: EvalMode): Value {
    if (this.depth > MAX_DEPTH || ++this.evaluations > MAX_EVALUATIONS) return unknown();
    this.depth++;
    try {
      return evaluate(node, scope, mode, this);
    } finally {
      this.depth--;
    }
  }

  /** The innermost function around a node (or the program). */
  scopeOf(node: SgNode): Scope {
    const chain = node.ancestors().filter((a) => isFunctionKind(String(a.kind())));
    let scope = this.program;
    for (let i = chain.length - 1; i >= 0; i--) scope = this.scopeFor(chain[i]!, scope);
    return scope;
  }

  private scopeFor(fn: SgNode, parent: Scope): Scope {
    const id = fn.id();
    let scope = this.scopes.get(id);
    if (!scope) {
      scope = new Scope(fn, parent, (s, nodes) => this.collect(s, nodes));
      this.scopes.set(id, scope);
    }
    return scope;
  }

  lookup(name: string, at: SgNode, scope: Scope, mode: EvalMode): Value | null {
    const pos = startOf(at);
    for (let s: Scope | undefined = scope; s; s = s.parent) {
      const defs = s.definitionsOf(name);
      if (!defs) continue;
      let acc: Value;
      let found = false;
      for (let i = defs.length - 1; i >= 0; i--) {
        const def = defs[i]!;
        if (def.pos > pos) continue;
        if (def.onlyWithin && !(def.onlyWithin[0] <= pos && pos < def.onlyWithin[1])) continue;
        const branch = s.branch(def);
        if (branch.dead) continue;
        acc = join(acc, this.valueOfDefinition(def, mode));
        found = true;
        const region = def.onlyWithin ?? branch.region;
        if (!region || (region[0] <= pos && pos < region[1])) return acc;
      }
      if (found) return acc;
    }
    return null;
  }

  isProjectImport(name: string): boolean {
    this.projectImports ??= projectImportNames(this.root);
    return this.projectImports.has(name);
  }

  compiledTemplate(name: string): "escaping" | "raw" | undefined {
    if (!/^[\w$]+$/.test(name) || !/\b(?:compile|template)\b/.test(this.text)) return undefined;
    let known = this.compiledTemplates.get(name);
    if (known === undefined) {
      const declared = new RegExp(
        String.raw`${NOT_AFTER_NAME}${namePattern(name)}\s*=\s*(?:[\w$]+\.)*(?:compile|template)\s*\([^\n]*`,
      ).exec(this.text);
      known = declared === null ? "none" : /noEscape\s*:\s*true/.test(declared[0]) ? "raw" : "escaping";
      this.compiledTemplates.set(name, known);
    }
    return known === "none" ? undefined : known;
  }

  callHelper(name: string, call: SgNode, scope: Scope, mode: EvalMode): Value | null {
    // Method calls are everywhere; only a file that declares a class can define one.
    if (name.startsWith(".") && !this.hasClasses) return null;
    this.helpers ??= findHelpers(this.root, this.text, this.ambiguousHelpers);
    const helper = this.helpers.get(name);
    if (!helper && this.ambiguousHelpers.has(name)) {
      const args = joinAll(callArguments(call).map((a) => this.evaluateIn(a, scope, mode)));
      return args?.kind === "taint" ? unknown() : undefined;
    }
    if (!helper) return null;
    const summary = helper.returns((node) => this.evaluateIn(node, this.scopeOf(node), "summary"));
    const args = callArguments(call);
    let result: Value;
    for (const part of summary) {
      if (part?.kind !== "taint") continue;
      if (part.origins.length > 0) result = join(result, { ...part, params: new Set() });
      for (const index of part.params) {
        const arg = args[index];
        const value = arg ? this.evaluateIn(arg, scope, mode) : undefined;
        if (value?.kind === "taint") {
          const kinds = sanitisedOfParam(part, index);
          result = join(result, { ...value, sanitised: new Set([...value.sanitised, ...kinds]) });
        }
      }
    }
    return result;
  }

  private valueOfDefinition(def: Definition, mode: EvalMode): Value {
    let byMode = this.memo.get(def);
    if (byMode?.has(mode)) return byMode.get(mode);
    if (this.inProgress.has(def)) return unknown();
    this.inProgress.add(def);
    let value: Value;
    try {
      value = def.compute(mode);
    } finally {
      this.inProgress.delete(def);
    }
    if (!byMode) {
      byMode = new Map();
      this.memo.set(def, byMode);
    }
    byMode.set(mode, value);
    return value;
  }

  private collect(scope: Scope, nodes: readonly SgNode[]): Definition[] {
    const evaluateHere = (node: SgNode, mode: EvalMode): Value => this.evaluateIn(node, scope, mode);
    const previous = (name: string, at: SgNode, mode: EvalMode): Value =>
      this.lookup(name, at, scope, mode) ?? unknown();
    const defs = nodes.flatMap((node) => nodeDefinitions(node, evaluateHere, previous));
    if (!scope.isProgram) defs.push(...this.parameterDefinitions(scope));
    return defs;
  }

  private parameterDefinitions(scope: Scope): Definition[] {
    const fn = scope.node;
    const single = fn.field("parameter");
    const params = single ? [single] : (fn.field("parameters")?.namedChildren() ?? []);
    const context = this.callbackContext(fn, scope.meaningfulParent());
    this.usesServer ??= this.text.includes("use server");
    const serverAction = this.usesServer && isServerAction(fn, this.root);
    const out: Definition[] = [];
    params
      .filter((p) => p.kind() !== "comment")
      .forEach((param, index) => {
        const pattern = param.field("pattern") ?? param;
        const emit = (name: string, compute: (mode: EvalMode) => Value): void => {
          out.push({ name, pos: scope.start, anchor: fn, compute });
        };
        if (pattern.kind() === "object_pattern" && context.nextProps) {
          bindPattern(
            pattern,
            () => undefined,
            (name) => {
              emit(name, (mode) =>
                NEXT_PROPS.has(name)
                  ? source(
                      {
                        label: `Next.js ${name}`,
                        words: name === "params" ? "the request's URL path" : "the request's query string",
                        level: "remote",
                        confidence: 0.9,
                      },
                      pattern.range().start.line + 1,
                    )
                  : this.parameterValue(scope, index, mode),
              );
            },
          );
          return;
        }
        const byName = pattern.kind() === "identifier" ? ROLE_BY_PARAM_NAME[pattern.text()] : undefined;
        const contextual = index === 0 ? context.firstParam : undefined;
        const decorated = this.hasClasses ? decoratedParameterValue(param) : undefined;
        bindPattern(
          pattern,
          (mode) => {
            if (decorated) return scalarTyped(pattern) ? undefined : decorated;
            if (serverAction && !scalarTyped(pattern)) {
              const label = `server action parameter ${pattern.text().slice(0, 40)}`;
              return source(
                { label, words: SERVER_ACTION_WORDS, level: "remote", confidence: 0.9 },
                param.range().start.line + 1,
              );
            }
            if (contextual) return contextual(mode);
            if (byName) return role(byName);
            return this.parameterValue(scope, index, mode, pattern);
          },
          emit,
        );
      });
    return out;
  }

  private helperFor(fn: SgNode): Helper | undefined {
    if (!this.helpersById) {
      this.helpers ??= findHelpers(this.root, this.text, this.ambiguousHelpers);
      this.helpersById = new Map([...this.helpers.values()].map((h) => [h.node.id(), h]));
    }
    return this.helpersById.get(fn.id());
  }

  /**
   * A parameter: symbolic in summaries, otherwise what same-file callers pass.
   * A public method of an exported class that nothing in the file calls is an
   * API entry point: its arguments are whatever other modules pass.
   */
  private parameterValue(scope: Scope, index: number, mode: EvalMode, param?: SgNode): Value {
    // A callback's parameters (`new Promise((resolve) => …)`, `.on("data", (chunk) => …)`) are its
    // caller's to fill, not the enclosing function's: across files their index would name the wrong one.
    if (mode === "xfile" && scope.node.parent()?.kind() === "arguments") return unknown();
    const symbolic = unknown(new Set([index]));
    if (mode !== "call-sites") return symbolic;
    const helper = this.helperFor(scope.node);
    if (helper?.exportedMethod !== undefined && helper.callCount() === 0 && param && !scalarTyped(param)) {
      const label = `parameter ${param.text()} of ${helper.exportedMethod}()`;
      // Counted as remote: a library cannot know its callers, and the flaw is in the method whoever calls it.
      const api = {
        label,
        words: "an argument of an exported method",
        level: "remote",
        confidence: API_PARAMETER_CONFIDENCE,
        apiParameter: true,
      } as const;
      // Declared a string, it holds no operator object for a MongoDB filter, until JSON.parse makes one of it.
      const value = join(symbolic, source(api, param.range().start.line + 1));
      return stringTyped(param) ? sanitise(value, ["nosql"]) : value;
    }
    if (!helper || helper.callCount() > MAX_CALL_SITES || ++this.expansions > MAX_CALL_SITE_EXPANSIONS) {
      return symbolic;
    }
    let value: Value = symbolic;
    for (const call of helper.callSites()) {
      const arg = callArguments(call)[index];
      if (arg) value = join(value, this.evaluateIn(arg, this.scopeOf(call), "call-sites"));
    }
    return value;
  }

  /**
   * What the first parameter of a callback is: a request for route handlers
   * and Next.js handlers, an event for message listeners, an element for
   * `items.forEach(item => ...)`.
   */
  private callbackContext(
    fn: SgNode,
    parent: SgNode | null,
  ): { firstParam?: (mode: EvalMode) => Value; nextProps: boolean } {
    const name = fn.field("name")?.text();
    const exported = parent?.kind() === "export_statement";
    if (name !== undefined && NEXT_HANDLERS.has(name))
      return { firstParam: () => role("request"), nextProps: true };
    if (exported && parent.text().startsWith("export default")) return { nextProps: true };
    if (parent?.kind() !== "arguments") return { nextProps: false };
    const call = parent.parent();
    const callee = call?.field("function");
    if (!call || !callee) return { nextProps: false };
    const path = dottedPath(callee) ?? "";
    const method = path.slice(path.lastIndexOf(".") + 1);
    const firstParamName =
      (fn.field("parameter") ?? fn.field("parameters")?.namedChildren()[0])?.text() ?? "";
    const line = fn.range().start.line + 1;
    if (method === "addEventListener" || method === "on") {
      const event = callArguments(call)[0]?.text().slice(1, -1);
      // A DOM MessageEvent carries its payload in `.data`; Node emitters (ws, socket.io,
      // worker_threads, child-process IPC) pass the payload itself.
      if (event === "message" && method === "addEventListener")
        return { firstParam: () => role("message-event"), nextProps: false };
      if (event === "message") {
        const facts = { ...MESSAGE_SOURCE, label: `${path}("message") payload` };
        return { firstParam: () => source(facts, line), nextProps: false };
      }
    }
    // amqplib `channel.consume(queue, (msg) => ...)`: a message taken from a queue.
    if (method === "consume" && path.includes(".")) {
      const facts = { ...MESSAGE_SOURCE, label: `${path}() message` };
      return { firstParam: () => source(facts, line), nextProps: false };
    }
    if (ROUTE_METHODS.has(method) && path.includes(".")) {
      const r: RoleName = firstParamName.startsWith("ctx") ? "koa" : "request";
      return { firstParam: () => role(r), nextProps: false };
    }
    if (ELEMENT_CALLBACKS.has(method) && callee.kind() === "member_expression") {
      const receiver = callee.field("object");
      if (receiver) {
        return {
          firstParam: (mode) => this.evaluateIn(receiver, this.scopeOf(receiver), mode),
          nextProps: false,
        };
      }
    }
    return { nextProps: false };
  }
}
