import type { SgNode } from "@ast-grep/napi";
import { JS_FAMILY } from "../../core/language.js";
import { enclosingFunction } from "./dataflow/async.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule, type RuleContext } from "../define-rule.js";
import { callArguments, dottedPath, unwrap } from "./dataflow/ast.js";
import { checkSinkValues, findCalls, flowOf } from "./dataflow/flow.js";
import type { TaintEngine } from "./dataflow/engine.js";
import { capSeverity, UNKNOWN_ORIGIN_SEVERITY } from "../shared/trust.js";
import {
  NOT_AFTER_NAME,
  NOT_AFTER_NAME_OR_DOT,
  NOT_BEFORE_NAME,
  namePattern,
} from "../shared/name-pattern.js";

const meta = {
  id: "js/prototype-pollution",
  languages: JS_FAMILY,
  category: "security",
  severity: "high",
  confidence: 0.8,
  cwe: ["CWE-1321", "CWE-915"],
  owasp: "A08:2021-Software and Data Integrity Failures",
  title: "Prototype pollution",
  description:
    "Untrusted keys are used in a two-level write (obj[a][b] = v), untrusted objects are deep-merged (_.merge, $.extend(true, ...), Object.assign(x, JSON.parse(...))), or a recursive merge helper copies keys without refusing __proto__ and constructor.",
  why: "A key of __proto__ (or constructor.prototype) writes to Object.prototype, so every object in the process gains the attacker's property: checks such as `if (user.isAdmin)` flip, and some gadgets lead to code execution.",
  howToFix:
    "Refuse the keys __proto__, constructor and prototype (or check Object.hasOwn on the target), build maps with Object.create(null) or Map, and validate request bodies with a schema before merging them.",
  references: [
    "https://cwe.mitre.org/data/definitions/1321.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/Prototype_Pollution_Prevention_Cheat_Sheet.html",
  ],
  fixable: false,
  family: "prototype-pollution",
  // Operator-only flows (docs/trust-levels.md): keys in the operator's own configuration are not an attacker's __proto__.
  operatorFlows: "ignore",
} as const;

/** `{}`, `[]`, `node[k] || {}`, `node[k] ?? {}`: a write that only makes the container the next write fills. */
const CONTAINER_INIT = /^(?:[^=]+(?:\|\||\?\?)\s*)?(?:\{\s*\}|\[\s*\])$/;

const GUARD =
  /__proto__|["'`]constructor["'`]|["'`]prototype["'`]|hasOwnProperty|Object\.hasOwn|Object\.create\(null\)|isSafeKey|isPrototypePolluted/;

/**
 * `x = obj[key]`, `x = (obj.a[k]`: a name given an indexed read, as
 * `[\w$]\s*=\s*\(?\s*[\w$.]+\[[^\]]+\]` says. Where the next `]` is is
 * remembered, so the text after each `[` is not read again for every
 * assignment before it (the pattern was quadratic on `a=b[a=b[…`;
 * test/regex-linearity.test.ts).
 */
export function readsIndexInto(text: string): boolean {
  const alias = /[\w$]\s*=\s*(?:\(\s*)?[\w$.]+\[/g;
  let close = -1;
  for (let m = alias.exec(text); m; m = alias.exec(text)) {
    const open = m.index + m[0].length;
    if (close < open) close = text.indexOf("]", open);
    if (close < 0) return false;
    if (close > open) return true;
  }
  return false;
}

/**
 * `obj[k] = v`, `group[a.b] = v`: an index written with one `=`, as
 * `[\w$]\[[^=;\n]+\]\s*=[^=]` says, in one pass: the first `[` after a name
 * since the last `=`, `;` or line break, and each `]` at least two after it
 * followed by blanks and a single `=` (the pattern read the rest of the line
 * again from every `[`).
 */
export function writesIndex(text: string): boolean {
  let firstOpen = -1;
  for (let j = 0; j < text.length; j++) {
    const c = text[j]!;
    if (c === "=" || c === ";" || c === "\n") firstOpen = -1;
    else if (c === "[" && firstOpen < 0 && j > 0 && /[\w$]/.test(text[j - 1]!)) firstOpen = j;
    else if (c === "]" && firstOpen >= 0 && firstOpen <= j - 2) {
      let e = j + 1;
      while (e < text.length && /\s/.test(text[e]!)) e++;
      if (text[e] === "=" && e + 1 < text.length && text[e + 1] !== "=") return true;
    }
  }
  return false;
}

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  const { text } = ctx;
  if (!root || !/\]\s*\[|merge|extend|assign|defaultsDeep|\]\s*=/.test(text)) return;
  const engine = flowOf(ctx);
  if (!engine) return;
  nestedWrites(ctx, engine);
  deepMerges(ctx, engine);
  // A recursive merge copies `target[key] = source[key]`: without that text there is none.
  if (
    (/for\s*\(\s*(?:const|let|var)\s[^()]*\b(?:in|of)\b/.test(text) || text.search(FOREACH_KEY) >= 0) &&
    /\]\s*=[^=]/.test(text)
  )
    unguardedMergeHelpers(ctx, root);
});

/** `target[section][key] = value` with a key from the request. */
function nestedWrites(ctx: RuleContext, engine: TaintEngine): void {
  const { text } = ctx;
  // obj[a][b] = v, or group = obj[a]; group[b] = v: only files with such a write pay for the walk.
  const direct = /\]\s*\[[^\]]+\]\s*=[^=]/.test(text);
  // `parent = parts.reduce((o, k) => (o[k] ??= {}), root)` walks a path without an `x = y[k]` text.
  const viaAlias = (readsIndexInto(text) || text.includes(".reduce(")) && writesIndex(text);
  if (!direct && !viaAlias) return;
  const root = codeRoot(ctx);
  if (!root) return;
  const writes = root.findAll({
    rule: { kind: "assignment_expression", has: { field: "left", kind: "subscript_expression" } },
  });
  // Most writes are `arr[i] = v` in a few functions: read each function's text, and judge
  // each container name in it, once.
  const scopes = new Map<number, string>();
  const scopeText = (at: SgNode): { id: number; text: string } => {
    const fn = enclosingFunction(at);
    const id = fn?.id() ?? -1;
    let text = scopes.get(id);
    if (text === undefined) {
      text = fn?.text() ?? "";
      scopes.set(id, text);
    }
    return { id, text };
  };
  const aliases = new Map<string, boolean>();
  const isAlias = (name: string, at: SgNode): boolean => {
    const scope = scopeText(at);
    const key = `${scope.id}:${name}`;
    let alias = aliases.get(key);
    if (alias === undefined) {
      alias = isComputedAlias(name, scope.text);
      aliases.set(key, alias);
    }
    return alias;
  };
  for (const write of writes) {
    let walker = false;
    const outer = write.field("left");
    const object = outer?.field("object");
    if (!outer || !object) continue;
    let keys: SgNode[];
    if (object.kind() === "subscript_expression") {
      keys = [object.field("index"), outer.field("index")].filter((k): k is SgNode => k !== null);
    } else if (
      object.kind() === "identifier" &&
      (isAlias(object.text(), write) || walks(object.text(), write))
    ) {
      // A path-walking setter that refuses __proto__ / constructor keys is guarded.
      if (GUARD.test(scopeText(write).text) || MEMBERSHIP.test(scopeText(write).text)) continue;
      // `node = node[k] = node[k] || {}` only makes the container the next write fills.
      if (CONTAINER_INIT.test(write.field("right")?.text() ?? "")) continue;
      keys = [outer.field("index")].filter((k): k is SgNode => k !== null);
      walker = walks(object.text(), write);
    } else {
      continue;
    }
    const reported = checkSinkValues(ctx, engine, meta, write, keys, {
      kind: "prototype",
      sink: "a nested property write",
    });
    if (!reported && walker) pathSetterShape(ctx, root, write);
  }
}

/**
 * Whether `name` walks a path inside the function around `at`: `node = node[k]`
 * (or `node = node[k] = node[k] ?? {}`) in a loop, or
 * `parent = parts.reduce((o, k) => o[k] ??= {}, root)`. Writing `name[last]`
 * then sets a property as deep as the path says, which reaches
 * Object.prototype through `__proto__` or `constructor.prototype`.
 */
function walks(name: string, at: SgNode): boolean {
  const fn = enclosingFunction(at);
  if (!fn) return false;
  const selfStep = (value: SgNode | null): boolean => {
    let step = value ? unwrap(value) : null;
    // `node = node[k] = node[k] || {}`: the step is the inner assignment's target.
    if (step?.kind() === "assignment_expression") step = step.field("left");
    return step?.kind() === "subscript_expression" && step.field("object")?.text() === name;
  };
  const reduces = (value: SgNode | null): boolean => {
    const call = value ? unwrap(value) : null;
    if (call?.kind() !== "call_expression") return false;
    const callee = call.field("function");
    return callee?.kind() === "member_expression" && callee.field("property")?.text() === "reduce";
  };
  const assignments = fn.findAll({
    rule: { kind: "assignment_expression", has: { field: "left", kind: "identifier" } },
  });
  if (assignments.some((a) => a.field("left")?.text() === name && selfStep(a.field("right")))) return true;
  return fn
    .findAll({ rule: { kind: "variable_declarator", has: { field: "name", kind: "identifier" } } })
    .some((d) => d.field("name")?.text() === name && reduces(d.field("value")));
}

/**
 * A complete refusal of prototype keys in a function's text: `constructor` or
 * `prototype` named (refusing `__proto__` alone is bypassed by
 * `constructor.prototype`), an own-property check, a null-prototype
 * container, or a membership / pattern test of a whole name (an allow-list
 * `ALLOWED.has(key)`, `PATH_RE.test(path)`, a deny-list `BLOCKED.includes(seg)`).
 */
const COMPLETE_GUARD =
  /["'`]constructor["'`]|["'`]prototype["'`]|hasOwnProperty|Object\.hasOwn|Object\.create\(null\)|isSafeKey|isPrototypePolluted|\.(?:has|includes|test)\(\s*[\w$]+\s*\)/;
/** `BLOCKED.has(key)`, `ALLOWED.includes(path)`, `PATH_RE.test(path)`: a whole name checked against a list or pattern. */
const MEMBERSHIP = /\.(?:has|includes|test)\(\s*[\w$]+\s*\)/;

/** The name a function is called by: its declaration's, a method's, or the variable an arrow is assigned to. */
function functionName(fn: SgNode): string | undefined {
  const own = fn.field("name");
  if (own) return own.text();
  const parent = fn.parent();
  return parent?.kind() === "variable_declarator" ? parent.field("name")?.text() : undefined;
}

/**
 * A path setter with no key refused, whose key is not traced to input here:
 * reported as a shape (as unguardedMergeHelpers does) unless every caller in
 * this file passes a constant path or refuses prototype keys itself.
 */
function pathSetterShape(ctx: RuleContext, root: SgNode, write: SgNode): void {
  const fn = enclosingFunction(write);
  if (!fn || COMPLETE_GUARD.test(fn.text())) return;
  const name = functionName(fn);
  const callers =
    name === undefined
      ? []
      : root.findAll({ rule: { kind: "call_expression" } }).filter((c) => {
          const callee = c.field("function");
          return callee?.text() === name || callee?.text() === `this.${name}`;
        });
  const safeCaller = (call: SgNode): boolean =>
    callArguments(call).some((a) => a.kind() === "string") ||
    COMPLETE_GUARD.test(enclosingFunction(call)?.text() ?? "");
  if (callers.length > 0 && callers.every(safeCaller)) return;
  ctx.report({
    node: write,
    message: `${name ?? "This function"} sets a property at a path of keys it walks, and refuses none of __proto__, constructor and prototype. ${meta.why}`,
    confidence: 0.7,
    severity: capSeverity(ctx.rule.severity, UNKNOWN_ORIGIN_SEVERITY),
  });
}

/**
 * `const group = settings[section]`, `node = node[part]` (walking a path),
 * `const child = (target[head] ??= {})` in the same function: writing
 * group[key] is a second-level write. `scope` is the text of the function around the write.
 */
function isComputedAlias(name: string, scope: string): boolean {
  if (scope.length > 20_000) return false;
  // The index is read apart from the pattern (a lookahead refusing `[0]` would be unbounded), and holds
  // brackets one level deep, so that a `[` never closed is read once (docs/security-notes/linear-work.md).
  const alias = new RegExp(
    String.raw`${NOT_AFTER_NAME_OR_DOT}${namePattern(name)}\s*=(?!=)\s*(?:\(\s*)?[\w$.]+\[([^[\]]*(?:\[[^[\]]*\][^[\]]*)*)\]`,
    "g",
  );
  for (const m of scope.matchAll(alias)) if (!NUMERIC_INDEX.test(m[1]!)) return true;
  return false;
}
/** A constant index, `[0]` or `[ 2 ]`: not a computed one. */
const NUMERIC_INDEX = /^\s*\d+\s*$/;

/** Deep merges of request data into existing objects. */
function deepMerges(ctx: RuleContext, engine: TaintEngine): void {
  for (const call of findCalls(
    ctx,
    /^(_|lodash|merge|deepmerge|\$|jQuery|Object|Hoek|hoek)?\.?(merge|mergeWith|defaultsDeep|extend|assign|set|setWith)$/,
  )) {
    const path = dottedPath(call.field("function") ?? call) ?? "";
    // A merge function of the project's own modules is judged by its own code there (unguardedMergeHelpers).
    if (!path.includes(".") && engine.isProjectImport(path)) continue;
    // A merge function written in this file is judged by its own code (unguardedMergeHelpers), not by its name.
    if (
      !path.includes(".") &&
      new RegExp(
        `function\\s+${namePattern(path)}${NOT_BEFORE_NAME}|${NOT_AFTER_NAME}${namePattern(path)}\\s*=\\s*(async\\s*)?(function|\\()`,
      ).test(ctx.text)
    )
      continue;
    const args = callArguments(call);
    let sources: SgNode[] = [];
    if (path === "Object.assign") {
      sources = args.slice(1).filter((a) => /^JSON\.parse\(/.test(a.text()));
    } else if (/(^|\.)extend$/.test(path)) {
      if (args[0]?.text() === "true") sources = args.slice(2);
    } else if (/(^|\.)(set|setWith)$/.test(path)) {
      if (!/^(_|lodash)\./.test(path)) continue;
      sources = args.slice(1, 2);
    } else {
      sources = args.slice(1);
    }
    checkSinkValues(ctx, engine, meta, call, sources, { kind: "prototype", sink: `${path}()` });
  }
}

/** `for (const key in source)`, `for (const [key, value] of Object.entries(source))`: each loop's key name. */
const LOOP_KEY = /for\s*\(\s*(?:const|let|var)\s+(?:\[\s*)?([\w$]+)(?:[^\w$()][^()]*?)?\b(?:in|of)\b/g;
/** `Object.entries(source).forEach(([key, value]) => …)`, `Object.keys(src).forEach((k) => …)`: the callback's key name. */
const FOREACH_KEY = /\.(?:keys|entries)\([^()]*\)\.forEach\(\s*(?:async\s+)?(?:\(\s*)?(?:\[\s*)?([\w$]+)/g;

/**
 * The write that copies a source's value under a loop's key: the plain copy
 * (`target[key] = value`) rather than the recursive step
 * (`target[key] = merge(target[key], value)`), since that is where a
 * `__proto__` key lands; the first such write of any loop (an outer loop
 * over the sources, `for (const obj of objects)`, writes nothing under its
 * own name).
 */
function copyingWrite(helper: SgNode, body: string, name: string): SgNode | undefined {
  const keys = new Set([...body.matchAll(LOOP_KEY), ...body.matchAll(FOREACH_KEY)].map((m) => m[1]!));
  if (keys.size === 0) return undefined;
  const writes = helper
    .findAll({
      rule: { kind: "assignment_expression", has: { field: "left", kind: "subscript_expression" } },
    })
    .filter((w) => keys.has(w.field("left")?.field("index")?.text() ?? ""))
    .filter((w) => !CONTAINER_INIT.test(w.field("right")?.text() ?? ""));
  const recursive = (w: SgNode): boolean => (w.field("right")?.text() ?? "").startsWith(`${name}(`);
  return writes.find((w) => !recursive(w)) ?? writes[0];
}

/**
 * Recursive merge helpers that copy every key of a source without refusing
 * __proto__ / constructor: reported at the write that copies a value.
 */
function unguardedMergeHelpers(ctx: RuleContext, root: SgNode): void {
  const helpers = root.findAll({
    rule: {
      any: [
        { kind: "function_declaration" },
        { kind: "method_definition" },
        {
          kind: "variable_declarator",
          has: { field: "value", any: [{ kind: "arrow_function" }, { kind: "function_expression" }] },
        },
      ],
      regex: "for\\s*\\(|\\.forEach\\(",
    },
  });
  for (const helper of helpers) {
    const name = helper.field("name")?.text();
    if (name === undefined) continue;
    const body = helper.text();
    // Refusing `__proto__` alone is not enough: `constructor.prototype` reaches Object.prototype
    // through a merge that recurses into functions (`typeof v === "function"`) or objects it did not make.
    if (body.length > 5000 || COMPLETE_GUARD.test(body)) continue;
    const calls = body.split(new RegExp(`${NOT_AFTER_NAME}${namePattern(name)}\\s*\\(`)).length - 1;
    // The declaration itself contains `name(` for function declarations and methods.
    if (calls < (String(helper.kind()) === "variable_declarator" ? 1 : 2)) continue;
    const write = copyingWrite(helper, body, name);
    if (!write) continue;
    // A shape with no data flow behind it: nothing shows that an attacker's object reaches the
    // helper, so it stays below high like any flow of unknown origin (docs/trust-levels.md).
    ctx.report({
      node: write,
      message: `${name}() merges objects recursively and copies every key, including __proto__ and constructor. ${meta.why}`,
      confidence: 0.7,
      severity: capSeverity(ctx.rule.severity, UNKNOWN_ORIGIN_SEVERITY),
    });
  }
}
