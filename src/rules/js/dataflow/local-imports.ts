import type { SgNode } from "@ast-grep/napi";
import { callArguments, stringValue, unwrap } from "./ast.js";

/**
 * Module specifiers of the reviewed project itself: relative paths and the
 * aliases bundlers and TypeScript path maps conventionally give the source
 * root (`@/lib/db`, `~/utils`, `src/...`). Anything else is a package.
 */
const PROJECT_SPECIFIER = /^(?:\.{1,2}\/|\/|@\/|~\/|#|src\/|app\/|lib\/)/;

function isProjectSpecifier(specifier: string): boolean {
  return PROJECT_SPECIFIER.test(specifier);
}

/**
 * Names bound at the top of the file by an import or `require` of one of the
 * project's own modules. A call through such a name is the project's code,
 * not a library's: what it returns is for the cross-file summaries to say,
 * so the engine does not assume it passes its arguments through.
 */
export function projectImportNames(root: SgNode): ReadonlySet<string> {
  const names = new Set<string>();
  for (const statement of root.children()) {
    const kind = statement.kind();
    if (kind === "import_statement") {
      const specifier = stringValue(statement.field("source"));
      if (specifier === undefined || !isProjectSpecifier(specifier)) continue;
      const clause = statement.children().find((c) => c.kind() === "import_clause");
      if (clause) for (const name of bindingNames(clause)) names.add(name);
      continue;
    }
    if (kind !== "lexical_declaration" && kind !== "variable_declaration") continue;
    for (const declarator of statement.namedChildren()) {
      if (declarator.kind() !== "variable_declarator") continue;
      const value = declarator.field("value");
      const pattern = declarator.field("name");
      if (!value || !pattern) continue;
      const specifier = requiredSpecifier(unwrap(value));
      if (specifier === undefined || !isProjectSpecifier(specifier)) continue;
      for (const name of bindingNames(pattern)) names.add(name);
    }
  }
  return names;
}

/** `require("./x")` and `require("./x").member` → "./x". */
function requiredSpecifier(value: SgNode): string | undefined {
  let call = value;
  while (call.kind() === "member_expression") {
    const object = call.field("object");
    if (!object) return undefined;
    call = unwrap(object);
  }
  if (call.kind() !== "call_expression" || call.field("function")?.text() !== "require") return undefined;
  return stringValue(callArguments(call)[0]);
}

/** The local names an import clause or a declaration pattern binds. */
function bindingNames(node: SgNode): string[] {
  const kind = node.kind();
  if (kind === "identifier" || kind === "shorthand_property_identifier_pattern") return [node.text()];
  if (kind === "import_specifier") {
    const ids = node.namedChildren().filter((c) => c.kind() === "identifier");
    const local = ids[ids.length - 1];
    return local ? [local.text()] : [];
  }
  if (kind === "pair_pattern") {
    const value = node.field("value");
    return value ? bindingNames(value) : [];
  }
  return node.namedChildren().flatMap(bindingNames);
}
