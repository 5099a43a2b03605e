import type { SgNode } from "@ast-grep/napi";
import { isFunctionKind } from "../js/dataflow/ast.js";
import { TaintEngine } from "../js/dataflow/engine.js";
import { CONSTANT_KINDS } from "../js/dataflow/evaluate.js";
import { asTaint, join, sanitisedOfParam, type Value } from "../js/dataflow/taint.js";
import { nodeRange } from "../run-rules.js";
import type { NotedSink } from "./sink-log.js";
import { readJsModule, type Binding, type JsModule } from "./js-module.js";
import { exportedValues, type NotedSetting } from "./settings.js";
import type { ConstValue } from "../js/dataflow/const-value.js";
import {
  callKey,
  type CallFact,
  type FileSummary,
  type ImportRef,
  type Part,
  type SettingFact,
  type SinkFact,
  type SummaryPass,
} from "./summary.js";
import { JS_NAME_RUNS, namesOneOf } from "../shared/name-runs.js";

/**
 * The cross-file summary of one JavaScript/TypeScript file, from the taint
 * engine the rules already used (the "xfile" mode keeps parameters symbolic
 * and marks calls into other modules) and the sinks they noted.
 */
export function summariseJs(
  path: string,
  root: SgNode,
  text: string,
  engine: TaintEngine | undefined,
  sinks: readonly NotedSink[],
  pass: SummaryPass = "whole",
  noted: readonly NotedSetting[] = [],
): FileSummary | undefined {
  const module = readJsModule(root);
  const bound = [...module.bindings.keys(), ...module.instances.keys()];
  const hasExports = Object.keys(module.exports).length > 0;
  // Settings other modules may import, and the places here that apply another module's: cheap, and kept in every pass.
  const values = MENTIONS_SETTINGS.test(text) ? exportedValues(root, module.bindings) : {};
  const settings = settingFacts(noted);
  const settingsOnly = (): FileSummary | undefined =>
    Object.keys(values).length === 0 && settings.length === 0
      ? undefined
      : {
          path,
          family: "js",
          functions: [],
          exports: {},
          calls: {},
          sinks: [],
          ...withSettings(values, settings),
          ...(pass === "first" ? { deferred: true as const } : {}),
        };
  if (!hasExports && bound.length === 0) return settingsOnly();
  // Nothing to link until a flow reaches the file: no engine, and no summary (demand.ts reads that as a first pass).
  if (pass === "first" && bound.length === 0 && sinks.length === 0 && module.injected.size === 0)
    return settingsOnly();
  const flow = engine ?? new TaintEngine(root, text);
  const refs = new Map<number, ImportRef | null>();
  const refOf = (call: SgNode): ImportRef | undefined => {
    const id = call.id();
    let ref = refs.get(id);
    if (ref === undefined) {
      ref = importRef(call, module) ?? null;
      refs.set(id, ref);
    }
    return ref ?? undefined;
  };
  flow.importedCall = (call) => (refOf(call) ? callKey(call) : undefined);
  let deferred = false;
  try {
    const unitIndex = new Map(module.units.map((u, i) => [u.node.id(), i]));
    // The nearest summarised function: a sink inside a callback it makes (a Promise executor, an event
    // handler) runs with the data it closes over, so it is that function's sink.
    const enclosing = (node: SgNode): number | undefined => {
      for (const a of node.ancestors()) {
        if (!isFunctionKind(String(a.kind()))) continue;
        const unit = unitIndex.get(a.id());
        if (unit !== undefined) return unit;
        if (a.parent()?.kind() !== "arguments") return undefined;
      }
      return undefined;
    };
    const xfile = (node: SgNode): Value => flow.evaluateIn(node, flow.scopeOf(node), "xfile");

    const calls: Record<string, CallFact> = {};
    const input = MENTIONS_INPUT.test(text);
    for (const call of importedCalls(root, module)) {
      const callee = refOf(call);
      if (!callee) continue;
      // The call's scope is its innermost function: one climb gives both the enclosing unit and where its arguments are evaluated.
      const scope = flow.scopeOf(call);
      const at = scope.parent === undefined ? undefined : unitIndex.get(scope.node.id());
      // A walk per argument costs; only input in reach, or a parameter passed on, can make a flow.
      // A parameter passed on matters only once a caller's flow reaches this function (demand.ts).
      const passes = !input && at !== undefined && passesParameter(call, module.units[at]?.node);
      if (!input && (!passes || pass === "first")) {
        if (passes) deferred = true;
        calls[callKey(call)] = { key: callKey(call), callee, line: call.range().start.line + 1, args: [] };
        continue;
      }
      const args = (call.field("arguments")?.namedChildren() ?? [])
        .filter((a) => a.kind() !== "comment")
        .map((arg): Part[] => {
          // A literal or an inline function carries nothing (the engine's constant kinds): most arguments of calls into a framework.
          if (CONSTANT_KINDS.has(String(arg.kind()))) return [];
          return [
            ...partsOf(flow.evaluateIn(arg, scope, "xfile"), at !== undefined, false),
            // Sources through same-file callers: only where the file shows input at all.
            ...(input ? partsOf(flow.evaluateIn(arg, scope, "call-sites"), false, true) : []),
          ];
        });
      calls[callKey(call)] = {
        key: callKey(call),
        callee,
        line: call.range().start.line + 1,
        ...(at === undefined ? {} : { enclosing: at }),
        args,
      };
    }

    const sinkFacts: SinkFact[] = [];
    for (const sink of sinks) {
      const at = enclosing(sink.at);
      // Each piece of a built string apart: a guard on one parameter (`u.origin` after an allow-list check)
      // must not be undone by another parameter joined beside it (`?${qs}`), as one joined taint would.
      const parts = sink.values
        .flatMap((v) => piecesOf(v))
        .flatMap((v) => partsOf(xfile(v), at !== undefined, false));
      if (parts.length === 0) continue;
      const range = nodeRange(sink.at.range());
      sinkFacts.push({
        ruleId: sink.ruleId,
        kind: sink.kind,
        sink: sink.sink,
        range,
        line: range.start.line,
        ...(at === undefined ? {} : { enclosing: at }),
        value: parts,
        why: sink.why,
      });
    }

    if (pass === "first" && sinkFacts.length === 0 && Object.keys(calls).length === 0) return settingsOnly();
    // Only an exported function is called from another module, and each walk costs: within a per-file budget.
    const exported = new Set(Object.values(module.exports));
    let budget = WALK_BUDGET;
    const functions = module.units.map((unit, i) => {
      if (!exported.has(i)) return { name: unit.name };
      const size = unit.node.range().end.index - unit.node.range().start.index;
      if (size > budget) return { name: unit.name };
      budget -= size;
      // What a function returns matters only once another file uses it (demand.ts).
      if (pass === "first") {
        deferred = true;
        return { name: unit.name };
      }
      let value: Value;
      for (const ret of returnExpressions(unit.node)) value = join(value, xfile(ret));
      return { name: unit.name, returns: partsOf(value, true, true) };
    });
    return {
      path,
      family: "js",
      functions,
      exports: module.exports,
      calls,
      sinks: sinkFacts,
      ...withSettings(values, settings),
      ...(deferred ? { deferred: true as const } : {}),
    };
  } finally {
    flow.importedCall = undefined;
  }
}

/** Words of cookie, session and debug settings: the files whose exported objects are worth keeping for other modules. */
const MENTIONS_SETTINGS = /secure|httponly|cookie|session|debug|development/i;

function withSettings(
  values: Record<string, ConstValue>,
  settings: readonly SettingFact[],
): Pick<FileSummary, "values" | "settings"> {
  return {
    ...(Object.keys(values).length === 0 ? {} : { values }),
    ...(settings.length === 0 ? {} : { settings }),
  };
}

function settingFacts(noted: readonly NotedSetting[]): SettingFact[] {
  return noted.map((s) => {
    const range = nodeRange(s.at.range());
    return { ruleId: s.ruleId, check: s.check, range, line: range.start.line, value: s.value, what: s.what };
  });
}

/** The substitutions of a template and the operands of a `+` chain; the value itself otherwise. */
function piecesOf(value: SgNode): SgNode[] {
  const kind = value.kind();
  if (kind === "template_string")
    return value
      .namedChildren()
      .filter((c) => c.kind() === "template_substitution")
      .flatMap((c) => c.namedChildren().filter((e) => e.kind() !== "comment"));
  if (kind !== "binary_expression" || value.field("operator")?.text() !== "+") return [value];
  const out: SgNode[] = [];
  let left: SgNode = value;
  // A loop down the left spine: long `+` chains must not recurse (docs/security-notes/linear-work.md).
  while (left.kind() === "binary_expression" && left.field("operator")?.text() === "+") {
    const right = left.field("right");
    if (right) out.push(right);
    const next = left.field("left");
    if (!next) break;
    left = next;
  }
  out.push(left);
  return out;
}

/** Words that show a file may read input (request objects, the page's URL, messages): a cheap gate before any walk. */
const MENTIONS_INPUT =
  /\b(?:req|request|ctx|query|params|body|searchParams|location|document|message|event|argv|formData)\b/;

/** An argument of the call names one of the enclosing function's parameters. */
function passesParameter(call: SgNode, fn: SgNode | undefined): boolean {
  const params = fn?.field("parameters")?.text() ?? fn?.field("parameter")?.text();
  if (params === undefined) return false;
  const names =
    params
      .match(/[A-Za-z_$][\w$]*/g)
      ?.filter((n) => !/^(?:private|public|protected|readonly|string|number|boolean|any|unknown)$/.test(n)) ??
    [];
  if (names.length === 0) return false;
  return namesOneOf(call.field("arguments")?.text() ?? "", names, JS_NAME_RUNS);
}

/** Characters of exported functions whose returns are summarised per file. */
const WALK_BUDGET = 4_000;

/**
 * The parts of a value: its parameters and calls into other modules (from
 * the "xfile" mode) and, when asked, its known sources (arguments of an
 * exported method are not one: they only say some caller may pass input).
 */
function partsOf(value: Value, params: boolean, sources: boolean): Part[] {
  const t = asTaint(value);
  if (!t) return [];
  const sanitised = [...t.sanitised];
  const out: Part[] = [];
  if (sources) {
    for (const o of t.origins) {
      if (o.apiParameter) continue;
      out.push({
        kind: "source",
        label: o.label,
        ...(o.words === undefined ? {} : { words: o.words }),
        level: o.level,
        line: o.line,
        confidence: t.confidence,
        sanitised,
      });
    }
  }
  if (params)
    for (const index of t.params)
      out.push({ kind: "param", index, sanitised: [...sanitisedOfParam(t, index)] });
  for (const call of t.calls ?? []) out.push({ kind: "call", call, sanitised });
  return out;
}

/** The calls whose callee starts with a name bound to another module (or `this.` an injected service). */
function importedCalls(root: SgNode, module: JsModule): SgNode[] {
  const names = [...module.bindings.keys(), ...module.instances.keys(), ...module.injected.keys()].filter(
    (n) => /^[\w$]+$/.test(n),
  );
  if (names.length === 0) return [];
  const alternation = names.map((n) => n.replace(/\$/g, "\\$")).join("|");
  return root.findAll({
    rule: {
      kind: "call_expression",
      has: { field: "function", regex: `^(?:this\\.)?(?:${alternation})(?:$|[.?])` },
    },
  });
}

/** How a call names another module's function, or undefined when it does not. */
function importRef(call: SgNode, module: JsModule): ImportRef | undefined {
  const callee = call.field("function");
  if (!callee) return undefined;
  const text = callee.text();
  if (callee.kind() === "identifier") {
    const binding = module.bindings.get(text);
    if (!binding || binding.name === "*") return undefined;
    return { specifier: binding.specifier, keys: [binding.name], text };
  }
  if (callee.kind() !== "member_expression") return undefined;
  const method = callee.field("property")?.text();
  const object = callee.field("object");
  if (method === undefined || !object) return undefined;
  if (object.kind() === "identifier") {
    const binding = module.bindings.get(object.text());
    if (binding) return { specifier: binding.specifier, keys: memberKeys(binding, method), text };
    const instance = module.instances.get(object.text());
    if (instance) return { specifier: instance.specifier, keys: [`${instance.name}.${method}`], text };
    return undefined;
  }
  if (object.kind() === "member_expression" && object.field("object")?.kind() === "this") {
    const service = module.injected.get(object.field("property")?.text() ?? "");
    if (service) return { specifier: service.specifier, keys: [`${service.name}.${method}`], text };
  }
  return undefined;
}

function memberKeys(binding: Binding, method: string): string[] {
  if (binding.name === "*") return [method, `default.${method}`];
  if (binding.name === "default") return [`default.${method}`, method];
  return [`${binding.name}.${method}`];
}

function returnExpressions(fn: SgNode): SgNode[] {
  const body = fn.field("body");
  if (!body) return [];
  if (body.kind() !== "statement_block") return [body];
  const fnId = fn.id();
  return body
    .findAll({ rule: { kind: "return_statement" } })
    .filter(
      (ret) =>
        ret
          .ancestors()
          .find((a) => isFunctionKind(String(a.kind())))
          ?.id() === fnId,
    )
    .map((ret) => ret.namedChildren()[0])
    .filter((e): e is SgNode => e !== undefined);
}
