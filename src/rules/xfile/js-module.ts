import type { SgNode } from "@ast-grep/napi";
import { stringValue, unwrap } from "../js/dataflow/ast.js";

/** A name bound by an import: the module as written and what it takes from it. */
export interface Binding {
  readonly specifier: string;
  /** The export it names, `default` for a default import or a whole `require`, `*` for a namespace. */
  readonly name: string;
}

/** A function of this module that gets a summary. */
export interface Unit {
  readonly node: SgNode;
  readonly name: string;
}

/**
 * What a JavaScript or TypeScript module imports and exports, read from its
 * top-level statements (and its classes' constructors, for NestJS-style
 * injected services): enough to name calls into other modules and the
 * functions other modules can call.
 */
export interface JsModule {
  readonly units: readonly Unit[];
  /** Export key (see ImportRef.keys in summary.ts) → index into units. */
  readonly exports: Record<string, number>;
  readonly bindings: ReadonlyMap<string, Binding>;
  /** `const repos = new RepoService()`: local name → the imported class's binding. */
  readonly instances: ReadonlyMap<string, Binding>;
  /** `constructor(private readonly svc: Service)`: `this.svc` → the imported class's binding. */
  readonly injected: ReadonlyMap<string, Binding>;
}

const FUNCTION_VALUES: ReadonlySet<string> = new Set(["arrow_function", "function_expression", "function"]);

export function readJsModule(root: SgNode): JsModule {
  const units: Unit[] = [];
  const exports: Record<string, number> = {};
  const bindings = new Map<string, Binding>();
  const instances = new Map<string, Binding>();
  const injected = new Map<string, Binding>();
  /** Local function or class name → its unit (functions) or method units by name (classes). */
  const functionsByName = new Map<string, number>();
  const classesByName = new Map<string, Map<string, number>>();
  const pendingNews: [string, string][] = [];

  const addFunction = (name: string, node: SgNode): number => {
    units.push({ node, name });
    functionsByName.set(name, units.length - 1);
    return units.length - 1;
  };
  const addClass = (cls: SgNode): string | undefined => {
    const name = cls.field("name")?.text();
    const methods = new Map<string, number>();
    for (const member of cls.field("body")?.namedChildren() ?? []) {
      if (member.kind() !== "method_definition") continue;
      const method = member.field("name")?.text();
      if (method === undefined) continue;
      if (method === "constructor") readInjected(member, injected, bindings);
      else {
        units.push({ node: member, name: `${name ?? "default"}.${method}` });
        methods.set(method, units.length - 1);
      }
    }
    if (name !== undefined) classesByName.set(name, methods);
    return name;
  };
  const exportLocal = (key: string, local: string): void => {
    const fn = functionsByName.get(local);
    if (fn !== undefined) exports[key] = fn;
    const cls = classesByName.get(local);
    if (cls) for (const [method, index] of cls) exports[`${key}.${method}`] = index;
  };
  const exportObject = (object: SgNode, prefix: string): void => {
    for (const member of object.namedChildren()) {
      if (member.kind() === "shorthand_property_identifier") {
        exportLocal(member.text(), member.text());
        exportLocal(`${prefix}.${member.text()}`, member.text());
      } else if (member.kind() === "pair") {
        const key = member.field("key")?.text();
        const value = member.field("value");
        if (key === undefined || !value) continue;
        if (value.kind() === "identifier") {
          exportLocal(key, value.text());
          exportLocal(`${prefix}.${key}`, value.text());
        } else if (FUNCTION_VALUES.has(String(value.kind()))) {
          const index = addFunction(key, value);
          exports[key] = index;
          exports[`${prefix}.${key}`] = index;
        }
      } else if (member.kind() === "method_definition") {
        const key = member.field("name")?.text();
        if (key === undefined) continue;
        const index = addFunction(key, member);
        exports[key] = index;
        exports[`${prefix}.${key}`] = index;
      }
    }
  };
  // Exports that name a local declared later (`module.exports = { f }` at the end) are read in a second pass.
  const later: (() => void)[] = [];

  const declaration = (node: SgNode, exportAs?: (name: string) => string | undefined): void => {
    const kind = node.kind();
    if (kind === "function_declaration" || kind === "generator_function_declaration") {
      const name = node.field("name")?.text();
      if (name === undefined) return;
      const index = addFunction(name, node);
      const key = exportAs?.(name);
      if (key !== undefined) exports[key] = index;
    } else if (kind === "class_declaration" || kind === "abstract_class_declaration" || kind === "class") {
      const name = addClass(node);
      const key = exportAs?.(name ?? "default");
      if (key !== undefined) later.push(() => exportLocal(key, name ?? ""));
      if (key !== undefined && name === undefined) {
        // `export default class {}`: its methods were registered under "default".
        units.forEach((u, i) => {
          if (u.name.startsWith("default.")) exports[u.name] = i;
        });
      }
    } else if (kind === "lexical_declaration" || kind === "variable_declaration") {
      for (const declarator of node.namedChildren()) {
        if (declarator.kind() !== "variable_declarator") continue;
        const nameNode = declarator.field("name");
        const value = declarator.field("value");
        if (!nameNode || !value) continue;
        const inner = unwrap(value);
        if (nameNode.kind() === "identifier" && FUNCTION_VALUES.has(String(inner.kind()))) {
          const index = addFunction(nameNode.text(), inner);
          const key = exportAs?.(nameNode.text());
          if (key !== undefined) exports[key] = index;
          continue;
        }
        const required = requiredSpecifier(inner);
        if (required !== undefined) bindRequire(nameNode, required, bindings);
        else if (nameNode.kind() === "identifier" && inner.kind() === "new_expression") {
          const ctor = inner.field("constructor")?.text();
          if (ctor !== undefined) pendingNews.push([nameNode.text(), ctor]);
        }
      }
    }
  };

  for (const statement of root.children()) {
    const kind = statement.kind();
    if (kind === "import_statement") readImport(statement, bindings);
    else if (kind === "export_statement") {
      const isDefault = statement.children().some((c) => c.kind() === "default");
      const decl = statement.field("declaration") ?? statement.field("value");
      if (decl) {
        if (isDefault && decl.kind() === "identifier") later.push(() => exportLocal("default", decl.text()));
        else if (isDefault && decl.kind() === "object") later.push(() => exportObject(decl, "default"));
        else if (isDefault && FUNCTION_VALUES.has(String(decl.kind())))
          exports.default = addFunction("default", decl);
        else declaration(decl, (name) => (isDefault ? "default" : name));
      }
      const clause = statement.namedChildren().find((c) => c.kind() === "export_clause");
      for (const spec of clause?.namedChildren() ?? []) {
        const local = spec.field("name")?.text();
        const alias = spec.field("alias")?.text() ?? local;
        if (local !== undefined && alias !== undefined) later.push(() => exportLocal(alias, local));
      }
    } else if (kind === "expression_statement") {
      const assignment = statement.namedChildren()[0];
      if (assignment?.kind() === "assignment_expression")
        readCommonJsExport(assignment, later, exportLocal, exportObject, addFunction, exports);
    } else declaration(statement);
  }
  for (const step of later) step();
  for (const [local, ctor] of pendingNews) {
    const binding = bindings.get(ctor);
    if (binding) instances.set(local, binding);
  }
  return { units, exports, bindings, instances, injected };
}

/** `module.exports = …`, `module.exports.f = …`, `exports.f = …`. */
function readCommonJsExport(
  assignment: SgNode,
  later: (() => void)[],
  exportLocal: (key: string, local: string) => void,
  exportObject: (object: SgNode, prefix: string) => void,
  addFunction: (name: string, node: SgNode) => number,
  exports: Record<string, number>,
): void {
  const left = assignment.field("left")?.text().replace(/\s+/g, "");
  const right = assignment.field("right");
  if (left === undefined || !right) return;
  const value = unwrap(right);
  const member = /^(?:module\.)?exports\.([\w$]+)$/.exec(left)?.[1];
  if (left === "module.exports") {
    if (value.kind() === "object") later.push(() => exportObject(value, "default"));
    else if (value.kind() === "identifier") later.push(() => exportLocal("default", value.text()));
    else if (FUNCTION_VALUES.has(String(value.kind()))) exports.default = addFunction("default", value);
  } else if (member !== undefined) {
    if (value.kind() === "identifier") later.push(() => exportLocal(member, value.text()));
    else if (FUNCTION_VALUES.has(String(value.kind()))) {
      const index = addFunction(member, value);
      exports[member] = index;
      exports[`default.${member}`] = index;
    }
  }
}

/**
 * A specifier that can name a file of the repository: relative, or the
 * `@/`, `~/` root aliases. Packages and Node's built-in modules are never
 * followed, so calls into them cost no summary work.
 */
function mayBeRepositoryModule(specifier: string): boolean {
  return /^(?:\.\.?(?:\/|$)|[@~]\/)/.test(specifier);
}

function readImport(statement: SgNode, bindings: Map<string, Binding>): void {
  const specifier = stringValue(statement.field("source"));
  if (specifier === undefined || !mayBeRepositoryModule(specifier)) return;
  const clause = statement.namedChildren().find((c) => c.kind() === "import_clause");
  for (const part of clause?.namedChildren() ?? []) {
    if (part.kind() === "identifier") bindings.set(part.text(), { specifier, name: "default" });
    else if (part.kind() === "namespace_import") {
      const local = part.namedChildren()[0]?.text();
      if (local !== undefined) bindings.set(local, { specifier, name: "*" });
    } else if (part.kind() === "named_imports") {
      for (const spec of part.namedChildren()) {
        if (spec.kind() !== "import_specifier") continue;
        const name = spec.field("name")?.text();
        const local = spec.field("alias")?.text() ?? name;
        if (name !== undefined && local !== undefined) bindings.set(local, { specifier, name });
      }
    }
  }
}

/** `require("./x")` → "./x". */
function requiredSpecifier(node: SgNode): string | undefined {
  if (node.kind() !== "call_expression" || node.field("function")?.text() !== "require") return undefined;
  const args = node.field("arguments")?.namedChildren() ?? [];
  return args.length === 1 ? stringValue(args[0]) : undefined;
}

function bindRequire(pattern: SgNode, specifier: string, bindings: Map<string, Binding>): void {
  if (!mayBeRepositoryModule(specifier)) return;
  if (pattern.kind() === "identifier") {
    bindings.set(pattern.text(), { specifier, name: "default" });
    return;
  }
  if (pattern.kind() !== "object_pattern") return;
  for (const part of pattern.namedChildren()) {
    if (part.kind() === "shorthand_property_identifier_pattern")
      bindings.set(part.text(), { specifier, name: part.text() });
    else if (part.kind() === "pair_pattern") {
      const name = part.field("key")?.text();
      const local = part.field("value");
      if (name !== undefined && local?.kind() === "identifier")
        bindings.set(local.text(), { specifier, name });
    }
  }
}

/** `constructor(private readonly svc: Service)`: TypeScript parameter properties typed by an imported class. */
function readInjected(
  ctor: SgNode,
  injected: Map<string, Binding>,
  bindings: ReadonlyMap<string, Binding>,
): void {
  for (const param of ctor.field("parameters")?.namedChildren() ?? []) {
    if (!param.children().some((c) => c.kind() === "accessibility_modifier" || c.kind() === "readonly"))
      continue;
    const name = param.field("pattern")?.text();
    const type = param.field("type")?.text().replace(/^:\s*/, "");
    const binding = type === undefined ? undefined : bindings.get(type);
    if (name !== undefined && binding) injected.set(name, binding);
  }
}
