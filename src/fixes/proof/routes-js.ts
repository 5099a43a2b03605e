import type { SgNode } from "@ast-grep/napi";
import { foldString } from "./fold.js";
import { argumentsOf, hit, type Hit } from "./walk.js";
import { dangerousBuilt, dangerousLiteral, shellByArguments } from "./words.js";

/** Names bound to a module (or a module's member) by require or import: `cp` → "child_process". */
type Bindings = ReadonlyMap<string, string>;

/** Identifiers that evaluate strings as code. */
const CODE_NAMES = new Set(["eval", "Function", "execScript", "AsyncFunction", "GeneratorFunction"]);

/** Objects whose computed members are the whole global or module namespace. */
const GLOBAL_ROOTS = new Set([
  "globalThis",
  "window",
  "self",
  "global",
  "top",
  "parent",
  "frames",
  "process",
  "module",
  "require",
  "Reflect",
  "exports",
]);

/**
 * Member names that run code or reach the module loader. Markup sinks
 * (innerHTML) are left to the XSS rules: assigning sanitised markup is a fix.
 */
const MEMBER_NAMES = new Set([
  "eval",
  "Function",
  "execScript",
  "runInThisContext",
  "runInNewContext",
  "runInContext",
  "compileFunction",
  "mainModule",
  "dlopen",
  "_load",
  "NODE_TLS_REJECT_UNAUTHORIZED",
]);

/** Option switches that turn a protection off. */
const SWITCHES: Record<string, (value: string) => boolean> = {
  shell: (v) => v !== "false" && v !== "undefined" && v !== "null",
  rejectUnauthorized: (v) => v !== "true",
  noent: (v) => v !== "false",
  dtdload: (v) => v === "true",
  httpOnly: (v) => v === "false",
  secure: (v) => v === "false",
};

function moduleName(specifier: string): string {
  return specifier.replace(/^node:/, "");
}

/** Every require/import binding in the file. */
export function jsBindings(root: SgNode): Bindings {
  const map = new Map<string, string>();
  for (const decl of root.findAll({ rule: { kind: "variable_declarator" } })) {
    const value = decl.field("value");
    const name = decl.field("name");
    if (!value || !name || value.kind() !== "call_expression") continue;
    if (value.field("function")?.text() !== "require") continue;
    const spec = argumentsOf(value)[0];
    const module = spec ? foldString(spec) : undefined;
    if (module === undefined) continue;
    bindPattern(map, name, moduleName(module));
  }
  for (const imp of root.findAll({ rule: { kind: "import_statement" } })) {
    const source = imp.field("source");
    const module = source ? foldString(source) : undefined;
    if (module === undefined) continue;
    const m = moduleName(module);
    for (const id of imp.findAll({ rule: { kind: "import_specifier" } })) {
      const imported = id.field("name")?.text();
      const local = id.field("alias")?.text() ?? imported;
      if (imported && local) map.set(local, `${m}.${imported}`);
    }
    for (const ns of imp.findAll({ rule: { kind: "namespace_import" } })) {
      const local = ns
        .children()
        .find((c) => c.kind() === "identifier")
        ?.text();
      if (local) map.set(local, m);
    }
    const clause = imp.children().find((c) => c.kind() === "import_clause");
    const def = clause
      ?.children()
      .find((c) => c.kind() === "identifier")
      ?.text();
    if (def) map.set(def, m);
  }
  return map;
}

function bindPattern(map: Map<string, string>, pattern: SgNode, module: string): void {
  if (pattern.kind() === "identifier") map.set(pattern.text(), module);
  if (pattern.kind() !== "object_pattern") return;
  for (const part of pattern.children()) {
    if (part.kind() === "shorthand_property_identifier_pattern")
      map.set(part.text(), `${module}.${part.text()}`);
    if (part.kind() === "pair_pattern") {
      const key = part.field("key")?.text();
      const value = part.field("value");
      if (key && value?.kind() === "identifier") map.set(value.text(), `${module}.${key}`);
    }
  }
}

function dangerousModuleMember(dotted: string): boolean {
  if (dotted === "vm" || dotted.startsWith("vm.")) return true;
  if (/^child_process\.(?:exec|execSync)$/.test(dotted)) return true;
  if (/^(?:module|Module)\.(?:_load|constructor|createRequire)$/.test(dotted)) return true;
  return /^node-serialize\.unserialize$|^serialize-to-js\.deserialize$/.test(dotted);
}

function dottedOf(node: SgNode, bindings: Bindings): string | undefined {
  if (node.kind() === "identifier") return bindings.get(node.text()) ?? node.text();
  if (node.kind() === "member_expression") {
    const object = node.field("object");
    const prop = node.field("property")?.text();
    const head = object ? dottedOf(object, bindings) : undefined;
    return head && prop ? `${head}.${prop}` : undefined;
  }
  if (node.kind() === "call_expression" && node.field("function")?.text() === "require") {
    const spec = argumentsOf(node)[0];
    const module = spec ? foldString(spec) : undefined;
    return module === undefined ? undefined : moduleName(module);
  }
  return undefined;
}

function isLiteralKey(index: SgNode): boolean {
  return index.kind() === "number" || (index.kind() === "string" && foldString(index) !== undefined);
}

const IMPORT_BINDINGS = new Set(["import_specifier", "import_clause", "namespace_import"]);

/** What in these JavaScript/TypeScript nodes reaches a dangerous function by a route a rule's pattern may not follow. */
export function jsRoutes(nodes: readonly SgNode[], root: SgNode): Hit[] {
  const bindings = jsBindings(root);
  const hits: Hit[] = [];
  for (const node of nodes) {
    const kind = node.kind();
    const parent = node.parent();
    if (kind === "identifier") {
      // A name an import binds is judged where it is used: a fix that adds `execFile` to
      // `import { exec }` rewrites that statement without a new route to `exec`.
      if (IMPORT_BINDINGS.has(String(parent?.kind()))) continue;
      const name = node.text();
      const bound = bindings.get(name);
      if (CODE_NAMES.has(name) && bound === undefined) hits.push(hit(node, `uses ${name}`));
      else if (bound !== undefined && dangerousModuleMember(bound))
        hits.push(hit(node, `${name} is ${bound}`));
    } else if (kind === "member_expression") {
      const prop = node.field("property")?.text() ?? "";
      const dotted = dottedOf(node, bindings);
      if (dotted && dangerousModuleMember(dotted)) hits.push(hit(node, `uses ${dotted}`));
      else if (MEMBER_NAMES.has(prop)) hits.push(hit(node, `uses .${prop}`));
      else if (
        prop === "constructor" &&
        (parent?.kind() === "call_expression" || parent?.kind() === "member_expression")
      )
        hits.push(hit(node, "reaches a constructor (the Function constructor by another name)"));
      else if (/^process\.(?:binding|_linkedBinding)$/.test(node.text().replace(/\s/g, "")))
        hits.push(hit(node, `uses ${node.text()}`));
    } else if (kind === "subscript_expression") {
      const object = node.field("object");
      const index = node.field("index");
      if (!object || !index) continue;
      const folded = foldString(index);
      const built = folded === undefined ? undefined : dangerousBuilt(folded);
      const rootName = object.text().replace(/\s/g, "");
      const objectDotted = dottedOf(object, bindings);
      const onModule =
        GLOBAL_ROOTS.has(rootName) ||
        object.kind() === "call_expression" ||
        (objectDotted !== undefined && objectDotted !== rootName);
      if (built) hits.push(hit(node, `looks up ${JSON.stringify(built)} by a computed name`));
      else if (onModule && !isLiteralKey(index)) hits.push(hit(node, `computed member of ${rootName}`));
      else if (onModule && folded !== undefined && MEMBER_NAMES.has(folded))
        hits.push(hit(node, `uses ${rootName}["${folded}"]`));
    } else if (kind === "call_expression" || kind === "new_expression") {
      hits.push(...callHits(node));
    } else if (kind === "pair") {
      const key = foldString(node.field("key") ?? node) ?? node.field("key")?.text() ?? "";
      const value = node.field("value")?.text() ?? "";
      if (SWITCHES[key]?.(value)) hits.push(hit(node, `sets ${key}: ${value}`));
    } else if (kind === "array") {
      const values = node
        .children()
        .filter((c) => c.isNamed())
        .map((c) => foldString(c));
      if (shellByArguments(values)) hits.push(hit(node, "starts a shell through an argument list"));
    } else if (kind === "string" || kind === "template_string") {
      const value = foldString(node);
      const name = value === undefined ? undefined : dangerousLiteral(value);
      if (name && !isRequireOfSameModule(node)) hits.push(hit(node, `names ${name} in a string`));
    } else if (kind === "binary_expression") {
      const value = foldString(node);
      const name = value === undefined ? undefined : dangerousBuilt(value);
      if (name) hits.push(hit(node, `builds the name ${JSON.stringify(name)} from pieces`));
    } else if (kind === "sequence_expression" && parent?.kind() === "parenthesized_expression") {
      // (0, fn)(...): an indirect call that hides the callee's name from a pattern.
      if (parent.parent()?.kind() === "call_expression")
        hits.push(hit(node, "calls through a comma expression"));
    }
  }
  return hits;
}

/** `require("child_process")` itself is judged by what is taken from it, not by its string. */
function isRequireOfSameModule(node: SgNode): boolean {
  const call = node.parent()?.parent();
  if (!call || (call.kind() !== "call_expression" && call.kind() !== "import_statement"))
    return node.parent()?.kind() === "import_statement";
  return call.kind() === "import_statement" || call.field("function")?.text() === "require";
}

function callHits(call: SgNode): Hit[] {
  const callee = call.field("function") ?? call.field("constructor");
  const args = argumentsOf(call);
  const hits: Hit[] = [];
  const name = callee?.text().replace(/\s/g, "") ?? "";
  const first = args[0];
  if ((name === "require" || callee?.kind() === "import") && first && foldString(first) === undefined)
    hits.push(hit(call, `${name || "import"}() of a module named at run time`));
  else if (
    (name === "require" || callee?.kind() === "import") &&
    first &&
    (first.kind() === "binary_expression" ||
      first.kind() === "template_string" ||
      first.kind() === "call_expression")
  )
    hits.push(hit(call, `${name || "import"}() of a module name built from pieces`));
  if (
    /^(?:setTimeout|setInterval|setImmediate|window\.setTimeout|window\.setInterval)$/.test(name) &&
    first
  ) {
    if (
      first.kind() === "string" ||
      first.kind() === "template_string" ||
      first.kind() === "binary_expression"
    )
      hits.push(hit(call, `${name} with a string of code`));
  }
  if (/^Reflect\.(?:apply|get|construct)$/.test(name)) hits.push(hit(call, `calls through ${name}`));
  if (/^(?:document\.write|document\.writeln)$/.test(name))
    hits.push(hit(call, `writes markup with ${name}`));
  const folded = args.map((a) => foldString(a));
  const inner = args.flatMap((a) =>
    a.kind() === "array"
      ? a
          .children()
          .filter((c) => c.isNamed())
          .map((c) => foldString(c))
      : [],
  );
  if (shellByArguments([...folded, ...inner]))
    hits.push(hit(call, "starts a shell through an argument list"));
  const value = foldString(call);
  const built = value === undefined ? undefined : dangerousBuilt(value);
  if (built) hits.push(hit(call, `builds the name ${JSON.stringify(built)} from pieces`));
  return hits;
}
