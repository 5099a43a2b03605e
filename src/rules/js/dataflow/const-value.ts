import type { SgNode } from "@ast-grep/napi";
import { isFunctionKind, stringValue, unwrap } from "./ast.js";

/**
 * What a settings expression is made of, as far as literals written in the
 * code say: an options object (`{ secure: false, httpOnly: true }`), the
 * booleans and strings in it, and the places it comes from another module
 * (`settings.sessionCookie`, `cookieOptions()`). Plain data: it goes into a
 * file's cross-file summary (src/rules/xfile/summary.ts), and the review
 * fills each import in from the defining module's exported values before a
 * rule's check reads it (src/rules/xfile/settings-link.ts).
 */
export type ConstValue =
  | { readonly kind: "true" }
  | { readonly kind: "false" }
  | { readonly kind: "string"; readonly value: string }
  /**
   * An object literal. `spreads` are the `...other` parts, applied before the
   * object's own keys (the usual `{ ...defaults, maxAge }`).
   */
  | {
      readonly kind: "object";
      readonly props: Readonly<Record<string, ConstValue>>;
      readonly spreads?: readonly ConstValue[];
    }
  /** A function whose every return gives this value: `function cookieOptions() { return {...} }`. */
  | { readonly kind: "returns"; readonly value: ConstValue }
  /** A value of another module: its export `keys` (first match wins, see ImportRef), then `path` into it, called when `call`. */
  | {
      readonly kind: "import";
      readonly specifier: string;
      readonly keys: readonly string[];
      readonly path: readonly string[];
      readonly call: boolean;
      readonly text: string;
    }
  /** Computed (`process.env.NODE_ENV === "production"`), reassigned, or not followed. */
  | { readonly kind: "unknown" };

const UNKNOWN: ConstValue = { kind: "unknown" };

/** How deep declarations, functions and nested objects are followed: settings are shallow. */
const DEPTH = 6;

/** A name bound by an import of one of the project's modules (js-module.ts's `Binding`). */
export interface ImportedName {
  readonly specifier: string;
  readonly name: string;
}

/**
 * The value of `node` as the literals say. `imported` names the file's
 * imports of its own modules; a name declared in the file is followed to its
 * declaration, unless the code writes into it afterwards (`opts.secure = true`,
 * `Object.assign(opts, ...)`): then what the literal says is not what is used.
 */
export function constValueOf(
  node: SgNode,
  imported: ReadonlyMap<string, ImportedName>,
  depth = DEPTH,
): ConstValue {
  if (depth <= 0) return UNKNOWN;
  const n = unwrap(node);
  const kind = n.kind();
  if (kind === "true") return { kind: "true" };
  if (kind === "false") return { kind: "false" };
  if (kind === "string" || kind === "template_string") {
    const value = stringValue(n);
    return value === undefined ? UNKNOWN : { kind: "string", value };
  }
  if (kind === "object") return objectValue(n, imported, depth);
  if (kind === "identifier") return nameValue(n, n.text(), imported, depth);
  if (kind === "member_expression") {
    const property = n.field("property");
    const object = n.field("object");
    if (!property || !object || property.kind() !== "property_identifier") return UNKNOWN;
    return member(constValueOf(object, imported, depth - 1), property.text());
  }
  if (kind === "call_expression") {
    // Only a call with no receiver chain of its own: `cookieOptions(ttl)`, `config.cookie()`.
    const callee = n.field("function");
    if (!callee) return UNKNOWN;
    const fn = constValueOf(callee, imported, depth - 1);
    if (fn.kind === "import" && !fn.call) return { ...fn, call: true, text: `${fn.text}()` };
    if (fn.kind === "returns") return fn.value;
    return UNKNOWN;
  }
  if (isFunctionKind(String(kind))) return functionValue(n, imported, depth);
  return UNKNOWN;
}

/** `value.key`, as far as the value is known. */
export function member(value: ConstValue, key: string): ConstValue {
  if (value.kind === "import")
    return value.call ? UNKNOWN : { ...value, path: [...value.path, key], text: `${value.text}.${key}` };
  if (value.kind !== "object") return UNKNOWN;
  const own = value.props[key];
  if (own !== undefined) return own;
  // A spread may hold the key: the last spread that is an object with it decides; an unknown one leaves it open.
  for (const spread of [...(value.spreads ?? [])].reverse()) {
    const found = member(spread, key);
    if (found.kind !== "unknown" || spread.kind !== "object") return found;
  }
  return UNKNOWN;
}

function objectValue(object: SgNode, imported: ReadonlyMap<string, ImportedName>, depth: number): ConstValue {
  const props: Record<string, ConstValue> = {};
  const spreads: ConstValue[] = [];
  for (const part of object.namedChildren()) {
    const kind = part.kind();
    if (kind === "shorthand_property_identifier") {
      props[part.text()] = nameValue(part, part.text(), imported, depth - 1);
    } else if (kind === "pair") {
      const key = part.field("key");
      const value = part.field("value");
      const name = key?.kind() === "property_identifier" ? key.text() : key ? stringValue(key) : undefined;
      if (name !== undefined && value) props[name] = constValueOf(value, imported, depth - 1);
    } else if (kind === "spread_element") {
      const inner = part.namedChildren()[0];
      spreads.push(inner ? constValueOf(inner, imported, depth - 1) : UNKNOWN);
    } else if (kind === "method_definition") {
      const name = part.field("name")?.text();
      if (name !== undefined) props[name] = functionValue(part, imported, depth - 1);
    }
  }
  return spreads.length === 0 ? { kind: "object", props } : { kind: "object", props, spreads };
}

/** A function's value when all its returns give one object or one literal. */
function functionValue(fn: SgNode, imported: ReadonlyMap<string, ImportedName>, depth: number): ConstValue {
  const body = fn.field("body");
  if (!body) return UNKNOWN;
  if (body.kind() !== "statement_block")
    return { kind: "returns", value: constValueOf(body, imported, depth - 1) };
  const fnId = fn.id();
  const returns = body.findAll({ rule: { kind: "return_statement" } }).filter(
    (r) =>
      r
        .ancestors()
        .find((a) => isFunctionKind(String(a.kind())))
        ?.id() === fnId,
  );
  const value = returns.length === 1 ? returns[0]?.namedChildren()[0] : undefined;
  return value === undefined ? UNKNOWN : { kind: "returns", value: constValueOf(value, imported, depth - 1) };
}

function nameValue(
  at: SgNode,
  name: string,
  imported: ReadonlyMap<string, ImportedName>,
  depth: number,
): ConstValue {
  const declaration = declarationOf(at, name);
  const binding = imported.get(name);
  // `const settings = require("./settings")` is the import itself.
  if (declaration === undefined || (binding !== undefined && isRequire(declaration))) {
    if (binding === undefined) return UNKNOWN;
    const keys =
      binding.name === "*"
        ? []
        : binding.name === "default"
          ? ["default"]
          : [binding.name, `default.${binding.name}`];
    return { kind: "import", specifier: binding.specifier, keys, path: [], call: false, text: name };
  }
  if (declaration.kind() !== "function_declaration" && writtenInto(at, name)) return UNKNOWN;
  return declaration.kind() === "function_declaration"
    ? functionValue(declaration, imported, depth)
    : constValueOf(declaration, imported, depth - 1);
}

function isRequire(node: SgNode): boolean {
  const value = unwrap(node);
  return value.kind() === "call_expression" && value.field("function")?.text() === "require";
}

/**
 * The value a name is declared with in the scopes around `at` (a `const` or
 * a single `let`/`var` declarator, or a function declaration), nearest first.
 */
function declarationOf(at: SgNode, name: string): SgNode | undefined {
  for (const scope of at.ancestors()) {
    const kind = scope.kind();
    if (kind !== "statement_block" && kind !== "program" && kind !== "class_body") continue;
    for (const statement of scope.children()) {
      const decl = statement.kind() === "export_statement" ? statement.field("declaration") : statement;
      if (!decl) continue;
      const dk = decl.kind();
      if (dk === "function_declaration" && decl.field("name")?.text() === name) return decl;
      if (dk !== "lexical_declaration" && dk !== "variable_declaration") continue;
      for (const declarator of decl.namedChildren()) {
        if (declarator.kind() !== "variable_declarator") continue;
        if (declarator.field("name")?.text() !== name) continue;
        return declarator.field("value") ?? undefined;
      }
    }
  }
  return undefined;
}

/** `name = …` or `name.x = …` anywhere in the file, or `Object.assign(name, …)`: the declared literal is not all there is. */
function writtenInto(at: SgNode, name: string): boolean {
  const root = at.ancestors().at(-1) ?? at;
  const target = (node: SgNode | null): boolean => {
    let current = node;
    while (current && (current.kind() === "member_expression" || current.kind() === "subscript_expression"))
      current = current.field("object");
    return current?.kind() === "identifier" && current.text() === name;
  };
  return (
    root
      .findAll({
        rule: { any: [{ kind: "assignment_expression" }, { kind: "augmented_assignment_expression" }] },
      })
      .some((a) => target(a.field("left"))) ||
    root
      .findAll({ rule: { kind: "call_expression", has: { field: "function", regex: "^Object\\.assign$" } } })
      .some((c) => target(c.field("arguments")?.namedChildren()[0] ?? null))
  );
}

/** Whether the value still names another module anywhere inside. */
export function hasImport(value: ConstValue): boolean {
  if (value.kind === "import") return true;
  if (value.kind === "returns") return hasImport(value.value);
  if (value.kind !== "object") return false;
  return Object.values(value.props).some(hasImport) || (value.spreads ?? []).some(hasImport);
}
