import type { SgNode } from "@ast-grep/napi";
import type { FileFlow } from "../python/dataflow/file-flow.js";
import { FunctionInfo } from "../python/dataflow/functions.js";
import { ALL_SINKS, type Taint } from "../python/dataflow/taint.js";
import { mayHaveSources } from "../python/dataflow/sources.js";
import { predicateGuards, redirectCleaner } from "../python/dataflow/predicates.js";
import { carriesObjects } from "../python/dataflow/object-values.js";
import { EXTERNAL_PYTHON_MODULES } from "./py-external-modules.js";
import { nodeRange } from "../run-rules.js";
import type { NotedPythonSink } from "./sink-log.js";
import {
  callKey,
  type CallFact,
  type FileSummary,
  type ImportRef,
  type ParamPart,
  type Part,
  type SinkFact,
  type SummaryPass,
} from "./summary.js";
import { PY_NAME_RUNS, lineNamesAfter, namesOneOf } from "../shared/name-runs.js";

/** A name bound by an import: `from .db import run_query` → module ".db", name "run_query"; `import app.db as db` → module "app.db". */
interface PyBinding {
  readonly module: string;
  readonly name?: string;
}

/**
 * The cross-file summary of one Python file, from the file's data-flow facts
 * the rules already computed (FileFlow walks each function once for all
 * rules) and the sinks they judged.
 */
export function summarisePython(
  path: string,
  root: SgNode,
  flow: FileFlow,
  sinks: readonly NotedPythonSink[],
  pass: SummaryPass = "whole",
): FileSummary | undefined {
  let deferred = false;
  const bindings = readPythonImports(root);
  // The first pass reads the file's defs and instances only when a fact needs them: most files have none to record.
  let units: ReturnType<typeof moduleLevelDefs> | undefined;
  const unitsOf = (): ReturnType<typeof moduleLevelDefs> => (units ??= moduleLevelDefs(root));
  let instances: Map<string, PyBinding> | undefined;
  const instancesOf = (): Map<string, PyBinding> =>
    (instances ??= bindings.size === 0 ? new Map<string, PyBinding>() : readInstances(root, bindings));
  let unitIndex: Map<number, number> | undefined;
  const indexOf = (fn: FunctionInfo): number | undefined =>
    (unitIndex ??= new Map(unitsOf().map((u, i) => [u.info.key, i]))).get(fn.key);
  // Nothing to link yet: no summary at all, which demand.ts reads as a first pass (a large review keeps none in memory).
  if (pass === "first" && bindings.size === 0 && sinks.length === 0) return undefined;
  if (unitsOf().length === 0 && bindings.size === 0) return undefined;
  const refs = new Map<number, { callee: ImportRef; alternative?: ImportRef } | null>();
  const refOf = (call: SgNode): { callee: ImportRef; alternative?: ImportRef } | undefined => {
    const id = call.id();
    let ref = refs.get(id);
    if (ref === undefined) {
      ref = pythonRef(call, bindings, instancesOf()) ?? null;
      refs.set(id, ref);
    }
    return ref ?? undefined;
  };
  const enclosingOf = (node: SgNode): FunctionInfo | undefined => flow.functionAt(node);

  /** A taint as parts: known sources, the enclosing unit's own parameters, results of calls into other modules. */
  const partsOf = (taint: Taint, fn: FunctionInfo | undefined, sources: boolean): Part[] => {
    const out: Part[] = [];
    for (const o of taint) {
      // What a lookup returned for the input is the server's record, not the input: the session's
      // trust boundary skips it in its own file (py/trust-boundary), and so across files.
      const sanitised = o.derived === true ? [...o.sanitised, "session"] : [...o.sanitised];
      if (o.kind === "source" && sources && o.level !== undefined) {
        // A string cannot be a MongoDB operator object: another module's query is safe from it
        // (a `$where` body there is noted as code, not as a query document).
        if (!carriesObjects(flow, o)) sanitised.push("nosql");
        out.push({
          kind: "source",
          label: o.label,
          ...(o.words === undefined ? {} : { words: o.words }),
          level: o.level,
          line: o.node === undefined ? 0 : o.node.range().start.line + 1,
          confidence: o.trust,
          sanitised,
        });
      } else if (o.kind === "param" && fn !== undefined && o.fn === fn.key && o.param !== undefined) {
        const index = o.param - fn.implicitParams;
        if (index >= 0) out.push({ kind: "param", index, sanitised });
      } else if (o.kind === "unknown" && o.node?.kind() === "call" && refOf(o.node)) {
        out.push({ kind: "call", call: callKey(o.node), sanitised });
      }
    }
    return out;
  };

  /**
   * Each origin as the imported call it went through, or undefined when one
   * went through none (or the engine's own reading of it has no part to
   * follow): the sink then stays as the file judged it.
   */
  const passedParts = (taint: Taint, fn: FunctionInfo | undefined): Part[] | undefined => {
    const out: Part[] = [];
    for (const o of taint) {
      if (o.via === undefined || !refOf(o.via)) return undefined;
      const before = partsOf([{ ...o, via: undefined }], fn, true);
      if (before.length === 0) return undefined;
      out.push({ kind: "call", call: callKey(o.via), sanitised: [...o.sanitised], otherwise: before });
    }
    return out.length === 0 ? undefined : out;
  };

  const wanted = new Set<string>();
  const sinkFacts: SinkFact[] = [];
  for (const sink of sinks) {
    const fn = enclosingOf(sink.at);
    const at = fn === undefined ? undefined : indexOf(fn);
    const value = partsOf(sink.taint, at === undefined ? undefined : fn, false);
    const passed = passedParts(sink.taint, at === undefined ? undefined : fn);
    if (value.length === 0 && passed === undefined) continue;
    for (const part of value) if (part.kind === "call") wanted.add(part.call);
    for (const part of passed ?? []) if (part.kind === "call") wanted.add(part.call);
    const range = nodeRange(sink.at.range());
    const fact = {
      ruleId: sink.ruleId,
      kind: sink.kind,
      sink: `${sink.at.children()[0]?.text() ?? "a call"}()`,
      range,
      line: range.start.line,
      why: sink.why,
    };
    sinkFacts.push({
      ...fact,
      ...(at === undefined ? {} : { enclosing: at }),
      value,
      ...(passed === undefined ? {} : { passed }),
    });
    // `search_by_mail(conn, mail)` → `_search(conn, mail)` → sink: another module calls the outer def.
    if (fn !== undefined && at !== undefined && LIFTED_KINDS.has(sink.kind))
      for (const lifted of liftToCallers(fn, value, HELPER_LIFTS))
        sinkFacts.push({ ...fact, enclosing: lifted.at, value: lifted.value });
  }

  /**
   * A sink reached by a parameter of a def this file calls itself: the same
   * sink, as reached by the parameters of the module-level defs that call it
   * here and pass theirs on (directly or handed to a worker thread), up to
   * `depth` calls up.
   */
  function liftToCallers(
    fn: FunctionInfo,
    value: readonly Part[],
    depth: number,
  ): { readonly at: number; readonly value: Part[] }[] {
    const params = value.filter((p): p is ParamPart => p.kind === "param");
    if (depth === 0 || params.length === 0) return [];
    const out: { at: number; value: Part[] }[] = [];
    for (const { call, first } of flow.callSitesOf(fn)) {
      const caller = enclosingOf(call);
      const at = caller === undefined || caller.key === fn.key ? undefined : indexOf(caller);
      if (caller === undefined || at === undefined) continue;
      const args = flow.callFacts(call).args;
      const lifted: Part[] = [];
      for (const param of params)
        for (const part of partsOf(args[param.index + first] ?? [], caller, false))
          if (part.kind === "param")
            lifted.push({ ...part, sanitised: [...new Set([...part.sanitised, ...param.sanitised])] });
      if (lifted.length === 0) continue;
      out.push({ at, value: lifted }, ...liftToCallers(caller, lifted, depth - 1));
    }
    return out;
  }

  const calls: Record<string, CallFact> = {};
  // Without input in the file no call is exposed, and one that only passes a parameter on waits for demand.
  const handing = /\bto_thread\b|\brun_in_executor\b|\brun_in_threadpool\b/.test(flow.text)
    ? root.findAll({
        rule: {
          kind: "call",
          has: {
            field: "function",
            regex: "(?:^|\\.)(?:to_thread|run_in_executor|run_in_threadpool|to_thread\\.run_sync)$",
          },
        },
      })
    : [];
  const callsToRead =
    pass === "whole" || wanted.size > 0 || mayHaveSources(flow.text)
      ? [...boundCalls(root, [...bindings.keys(), ...instancesOf().keys()]), ...handing]
      : [];
  if (pass === "first" && callsToRead.length === 0 && (bindings.size > 0 || handing.length > 0))
    deferred = true;
  for (const call of callsToRead) {
    const ref = refOf(call);
    if (!ref) continue;
    const fn = enclosingOf(call);
    const at = fn === undefined ? undefined : indexOf(fn);
    // Only calls that can carry input are worth a walk: where the rules would look (input is in reach) or passing a parameter on.
    if (!wanted.has(callKey(call)) && !flow.exposed(call)) {
      if (at === undefined || fn === undefined || !passesParameter(call, fn)) continue;
      // A parameter passed on matters only once a caller's flow reaches this function (demand.ts).
      if (pass === "first") {
        deferred = true;
        continue;
      }
    }
    const facts = flow.callFacts(call);
    const first = handedOver(call)?.first ?? 0;
    calls[callKey(call)] = {
      key: callKey(call),
      ...ref,
      line: call.range().start.line + 1,
      ...(at === undefined ? {} : { enclosing: at }),
      args: facts.args.slice(first).map((taint, j) => {
        const i = j + first;
        const parts = partsOf(flow.resolve(taint), at === undefined ? undefined : fn, true);
        // `find_user(clean(name))`: the engine passed `name` through `clean`; the other module says what `clean` returns.
        const inner = positionalArguments(call)[i];
        return inner?.kind() === "call" && refOf(inner)
          ? [{ kind: "call", call: callKey(inner), sanitised: [], otherwise: parts }]
          : parts;
      }),
    };
  }

  if (pass === "first" && sinkFacts.length === 0 && Object.keys(calls).length === 0) return undefined;

  const exports: Record<string, number> = {};
  const budget = { left: WALK_BUDGET, input: mayHaveSources(flow.text) };
  const walkedBefore = flow.walkedChars;
  const functions = unitsOf().map(({ info: fn, name }, i) => {
    exports[name] = i;
    // Walking every def of a large module costs more than the rules did; only a def that reads input or returns a parameter can matter.
    // A dunder (`__eq__`, `__getitem__`) is reached through syntax, never by name from another module: no caller can link to it.
    if (isDunder(name) || !mayReturnInput(fn, flow.text, budget)) return { name };
    // What a function returns matters only once another file calls it with input, or uses what it returns (demand.ts).
    if (pass === "first") {
      deferred = true;
      return { name };
    }
    // `is_local_path(target)`: a predicate whose body pins the host or requires none (predicates.ts). A
    // caller that tested it noted its value as passed through the call (guards.ts): past the test, the
    // value is its first argument, safe for what the predicate checks.
    const checks = predicateGuards(fn.node);
    if (checks.length > 0 && fn.params.length > fn.implicitParams)
      return { name, returns: [{ kind: "param" as const, index: 0, sanitised: [...checks] }] };
    // A predicate that checks nothing known (`target.startswith("/")`) returns none of its input, yet a
    // caller's `if is_local(x)` must not read that as "x is the program's own value": left unwalked, the
    // caller's own reading stands (link.ts withdraws nothing through it).
    if (returnsTruthValues(fn.node)) return { name };
    const walked = partsOf(flow.summary(fn) ?? [], fn, true);
    // `safe_next(url, default)`: past its host check, what it hands back leads to this site.
    const text = flow.text.slice(fn.start, fn.end);
    const returns = redirectCleaner(text) ? checkedTargets(walked, fn, text) : walked;
    // The walk also went through the same-file helpers and module-level tables the def uses: they count against the file's budget too.
    budget.left = Math.min(budget.left, WALK_BUDGET - (flow.walkedChars - walkedBefore));
    return { name, returns };
  });
  return {
    path,
    family: "python",
    functions,
    exports,
    calls,
    sinks: sinkFacts,
    ...(deferred ? { deferred: true as const } : {}),
  };
}

/**
 * What a URL-checking helper returns, safe for a redirect and the URL it
 * names. A parameter a `return` line names stays in it even when the walk
 * found it clean for everything (the helper's own `startswith` checks): the
 * caller's input does come back, checked, and the link step withdraws the
 * caller's finding only on input it sees coming back (link.ts, `clears`).
 */
function checkedTargets(walked: readonly Part[], fn: FunctionInfo, text: string): Part[] {
  const out: Part[] = walked.map((p) => ({
    ...p,
    sanitised: [...new Set([...p.sanitised, "redirect", "url"])],
  }));
  fn.params.forEach((p, i) => {
    const index = i - fn.implicitParams;
    if (index < 0 || !/^\w+$/.test(p.name)) return;
    if (out.some((part) => part.kind === "param" && part.index === index)) return;
    if (lineNamesAfter(text, /\breturn\b/, [p.name], PY_NAME_RUNS))
      out.push({ kind: "param", index, sanitised: [...ALL_SINKS] });
  });
  return out;
}

function positionalArguments(call: SgNode): SgNode[] {
  return (call.field("arguments")?.namedChildren() ?? []).filter(
    (a) => a.kind() !== "comment" && a.kind() !== "keyword_argument" && !String(a.kind()).includes("splat"),
  );
}

/** An argument of the call names one of the def's own parameters. */
function passesParameter(call: SgNode, fn: FunctionInfo): boolean {
  const names = fn.params.map((p) => p.name).filter((n) => n !== "self" && n !== "cls" && /^\w+$/.test(n));
  if (names.length === 0) return false;
  return positionalArguments(call).some((arg) => namesOneOf(arg.text(), names, PY_NAME_RUNS));
}

/**
 * `__eq__`, `Cls.__getitem__`: the last dotted part is `__`, a word, `__`.
 * Read as a slice, not as `__\w+__$`, whose `\w+` and closing `__` can share
 * characters (test/regex-linearity.test.ts).
 */
function isDunder(name: string): boolean {
  const last = name.slice(name.lastIndexOf(".") + 1);
  return last.length > 4 && last.startsWith("__") && last.endsWith("__") && /^\w+$/.test(last);
}

/** How many calls up a sink inside a same-file helper is followed to the def another module calls. */
const HELPER_LIFTS = 2;
/**
 * Sinks whose value is the text a query or program is made of. A URL or path sink is left out:
 * its value joins every argument of the request it sends (`Request(url, data=form)`), so a
 * helper's body fields would be read as its address.
 */
const LIFTED_KINDS = new Set(["sql", "ldap", "xpath", "nosql", "code", "shell", "deserialise"]);

/** Characters of a def's text below which a helper that returns a parameter is walked for its summary. */
const SHORT_HELPER = 400;
/** Characters of defs walked per file for their returns: a module of many functions costs no more than a few. */
const WALK_BUDGET = 3_000;
/** A def that reads input is walked up to this size: a helper that hands request data back is short. */
const READER_HELPER = 1_500;

/** `os`, `flask.json`: never a module of the repository. Relative imports never are. */
function isExternal(module: string): boolean {
  return !module.startsWith(".") && EXTERNAL_PYTHON_MODULES.has(module.split(".")[0] ?? "");
}

/**
 * A def whose text reads a known input, or a short one (a cleaning or
 * formatting helper) one of whose `return` lines names a parameter. Longer
 * defs are left to the caller's own reading, which passes an unknown call's
 * inputs through.
 */
function mayReturnInput(
  fn: FunctionInfo,
  fileText: string,
  budget: { left: number; readonly input: boolean },
): boolean {
  // The size from the def's extent first: most defs of a large module are over a limit, and reading a node's text from the tree costs more than the test.
  const size = fn.end - fn.start;
  if (size > budget.left || size > READER_HELPER) return false;
  const text = fileText.slice(fn.start, fn.end);
  if (!text.includes("return")) return false;
  const reads = budget.input && mayHaveSources(text);
  if (!reads && text.length > SHORT_HELPER) return false;
  budget.left -= text.length;
  if (reads) return true;
  const names = fn.params.map((p) => p.name).filter((n) => n !== "self" && n !== "cls" && /^\w+$/.test(n));
  if (names.length === 0) return false;
  const returned = withLocalsFrom(text, names);
  if (lineNamesAfter(text, /\breturn\b/, returned, PY_NAME_RUNS)) return true;
  // A return that runs over several lines (a triple-quoted f-string page, a call split over lines)
  // names the parameter below its first line: the statement is read whole.
  return fn.node
    .findAll({ rule: { kind: "return_statement" } })
    .some((r) => r.range().start.line !== r.range().end.line && namesOneOf(r.text(), returned, PY_NAME_RUNS));
}

/**
 * A line that makes a local from what follows it: `message = f"<p>{email}</p>"`,
 * `html += row`, `items.append(f"<li>{c}</li>")`, `for c in comments:`.
 */
const LOCAL_ASSIGNMENT = /^\s*(?:for\s+(\w+)\s+in\b|(\w+)\s*(?:\+=|=(?!=))|(\w+)\.(?:append|extend|write)\()/;

/**
 * The parameters and the locals a short helper assigns from them (two steps
 * deep, `email` → `message` → `page`), so `return TEMPLATE.format(message=message)`
 * counts as returning what the parameter became.
 */
function withLocalsFrom(text: string, params: readonly string[]): string[] {
  const names = [...params];
  const lines = text.split("\n");
  for (let round = 0; round < 2; round++) {
    const before = names.length;
    for (const line of lines) {
      const m = LOCAL_ASSIGNMENT.exec(line);
      const local = m?.[1] ?? m?.[2] ?? m?.[3];
      if (local === undefined || names.includes(local)) continue;
      if (namesOneOf(line.slice(m?.[0].length ?? 0), names, PY_NAME_RUNS)) names.push(local);
    }
    if (names.length === before) break;
  }
  return names;
}

/** Module-level defs and the methods of module-level classes, as (class name, def) pairs: what another module can import and call. */
function moduleLevelDefs(root: SgNode): { readonly info: FunctionInfo; readonly name: string }[] {
  const out: { info: FunctionInfo; name: string }[] = [];
  const definitionOf = (node: SgNode): SgNode | undefined =>
    node.kind() === "decorated_definition" ? (node.field("definition") ?? undefined) : node;
  for (const statement of root.children()) {
    const def = definitionOf(statement);
    if (def?.kind() === "function_definition")
      out.push({ info: new FunctionInfo(def), name: def.field("name")?.text() ?? "" });
    else if (def?.kind() === "class_definition") {
      const cls = def.field("name")?.text() ?? "";
      for (const member of def.field("body")?.children() ?? []) {
        const method = definitionOf(member);
        if (method?.kind() === "function_definition")
          out.push({ info: new FunctionInfo(method), name: `${cls}.${method.field("name")?.text() ?? ""}` });
      }
    }
  }
  return out;
}

/** Module-level imports: local name → what it names. */
function readPythonImports(root: SgNode): Map<string, PyBinding> {
  const out = new Map<string, PyBinding>();
  for (const statement of root.children()) {
    const kind = statement.kind();
    if (kind === "import_from_statement") {
      const module = statement.field("module_name")?.text().replace(/\s+/g, "");
      if (module === undefined) continue;
      const names = statement
        .children()
        .filter((c, i) => i > 2 && (c.kind() === "dotted_name" || c.kind() === "aliased_import"));
      for (const item of names) {
        const name = (item.kind() === "aliased_import" ? item.field("name")?.text() : item.text()) ?? "";
        const local = item.kind() === "aliased_import" ? (item.field("alias")?.text() ?? name) : name;
        if (/^\w+$/.test(name) && !isExternal(module)) out.set(local, { module, name });
      }
    } else if (kind === "import_statement") {
      for (const item of statement.namedChildren()) {
        if (item.kind() === "aliased_import") {
          const module = item.field("name")?.text();
          const alias = item.field("alias")?.text();
          if (module !== undefined && alias !== undefined && !isExternal(module)) out.set(alias, { module });
        } else if (item.kind() === "dotted_name" && !item.text().includes(".") && !isExternal(item.text())) {
          out.set(item.text(), { module: item.text() });
        }
      }
    }
  }
  return out;
}

/** `repo = UserRepository(...)` with an imported class: later `repo.find(x)` calls its method. */
function readInstances(root: SgNode, bindings: ReadonlyMap<string, PyBinding>): Map<string, PyBinding> {
  const out = new Map<string, PyBinding>();
  const names = [...bindings.entries()].filter(([, b]) => b.name !== undefined).map(([local]) => local);
  if (names.length === 0) return out;
  const found = root.findAll({
    rule: {
      kind: "assignment",
      has: { field: "right", kind: "call", has: { field: "function", regex: `^(?:${names.join("|")})$` } },
    },
  });
  for (const assignment of found) {
    const left = assignment.field("left");
    const ctor = assignment.field("right")?.field("function")?.text();
    const binding = ctor === undefined ? undefined : bindings.get(ctor);
    if (left?.kind() === "identifier" && binding) out.set(left.text(), binding);
  }
  // `verifier: OtpVerifier = request.app["otp"]`, `def view(repo: UserRepo)`: the annotation names the class.
  const annotated = root.findAll({
    rule: {
      any: [{ kind: "assignment" }, { kind: "typed_parameter" }, { kind: "typed_default_parameter" }],
      has: { field: "type", regex: `^(?:${names.join("|")})$` },
    },
  });
  for (const node of annotated) {
    const name = node.kind() === "assignment" ? node.field("left") : (node.field("name") ?? node.child(0));
    const binding = bindings.get(node.field("type")?.text() ?? "");
    if (name?.kind() === "identifier" && binding && !out.has(name.text())) out.set(name.text(), binding);
  }
  return out;
}

function boundCalls(root: SgNode, names: readonly string[]): SgNode[] {
  const plain = names.filter((n) => /^\w+$/.test(n));
  if (plain.length === 0) return [];
  return root.findAll({
    rule: { kind: "call", has: { field: "function", regex: `^(?:${plain.join("|")})(?:$|\\.\\w+$)` } },
  });
}

function pythonRef(
  call: SgNode,
  bindings: ReadonlyMap<string, PyBinding>,
  instances: ReadonlyMap<string, PyBinding>,
): { callee: ImportRef; alternative?: ImportRef } | undefined {
  const callee = call.field("function");
  if (!callee) return undefined;
  const handed = handedOver(call);
  if (handed !== undefined) return calleeRef(handed.fn, bindings, instances);
  return calleeRef(callee, bindings, instances);
}

/**
 * `asyncio.to_thread(fn, a, b)`, `loop.run_in_executor(None, fn, a, b)`,
 * Starlette's and FastAPI's `run_in_threadpool(fn, a, b)`, anyio's
 * `to_thread.run_sync(fn, a, b)`: the call runs `fn(a, b)`; the function and
 * where its arguments start.
 */
function handedOver(call: SgNode): { fn: SgNode; first: number } | undefined {
  const text = call.field("function")?.text() ?? "";
  const offset = FIRST_IS_FUNCTION.test(text) ? 0 : text.endsWith(".run_in_executor") ? 1 : -1;
  if (offset < 0) return undefined;
  const fn = positionalArguments(call)[offset];
  return fn === undefined || (fn.kind() !== "identifier" && fn.kind() !== "attribute")
    ? undefined
    : { fn, first: offset + 1 };
}

const FIRST_IS_FUNCTION =
  /^(?:asyncio\.to_thread|to_thread|(?:\w+\.)?run_in_threadpool|(?:anyio\.)?to_thread\.run_sync)$/;

function calleeRef(
  callee: SgNode,
  bindings: ReadonlyMap<string, PyBinding>,
  instances: ReadonlyMap<string, PyBinding>,
): { callee: ImportRef; alternative?: ImportRef } | undefined {
  const text = callee.text();
  const [head, member, ...rest] = text.split(".");
  if (head === undefined || rest.length > 0) return undefined;
  const binding = bindings.get(head);
  if (binding === undefined) {
    const instance = instances.get(head);
    if (instance?.name === undefined || member === undefined) return undefined;
    return { callee: { specifier: instance.module, keys: [`${instance.name}.${member}`], text } };
  }
  if (member === undefined) {
    // `from .db import run_query; run_query(...)`; a plain `import db; db(...)` names no function.
    if (binding.name === undefined) return undefined;
    return { callee: { specifier: binding.module, keys: [binding.name], text } };
  }
  if (binding.name === undefined) return { callee: { specifier: binding.module, keys: [member], text } };
  // `from . import db; db.run_query(...)` names a submodule; `from .models import User; User.find(...)` a class.
  const submodule = binding.module.endsWith(".")
    ? `${binding.module}${binding.name}`
    : `${binding.module}.${binding.name}`;
  return {
    callee: { specifier: submodule, keys: [member], text },
    alternative: { specifier: binding.module, keys: [`${binding.name}.${member}`], text },
  };
}

/** Comparisons, `not`, `and`/`or` of them and the literals True/False: what a predicate returns. */
const TRUTH_KINDS = new Set(["comparison_operator", "not_operator", "boolean_operator", "true", "false"]);

const TRUTH_CALLS =
  /^(?:startswith|endswith|is[a-z_]*|has[a-z_]*|bool|any|all|match|fullmatch|search|exists)$/;

/** Every `return` of the def (not of defs nested in it) returns a truth value, and there is at least one. */
function returnsTruthValues(def: SgNode): boolean {
  const returns = def.findAll({ rule: { kind: "return_statement" } }).filter(
    (r) =>
      r
        .ancestors()
        .find((a) => a.kind() === "function_definition" || a.kind() === "lambda")
        ?.id() === def.id(),
  );
  return (
    returns.length > 0 &&
    returns.every((r) => {
      const value = r.children().find((c) => c.isNamed());
      if (value === undefined) return false;
      if (TRUTH_KINDS.has(String(value.kind()))) return true;
      // `target.startswith("/")`, `os.path.isabs(p)`, `bool(...)`, `re.fullmatch(...)`
      const callee = value.kind() === "call" ? value.field("function") : null;
      const last = callee?.kind() === "attribute" ? callee.field("attribute")?.text() : callee?.text();
      return last !== undefined && TRUTH_CALLS.test(last);
    })
  );
}
