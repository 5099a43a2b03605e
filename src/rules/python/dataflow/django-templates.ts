import type { SgNode } from "@ast-grep/napi";
import { localAssignments, moduleValue } from "./bindings.js";

/** Calls that return a Django template, whose `.render()` escapes every variable it inserts. */
const TEMPLATE_FACTORIES = new Set([
  "django.template.loader.get_template",
  "django.template.loader.select_template",
  "django.template.Template",
  "django.template.base.Template",
]);
/** `Engine(...).from_string(...)` / `.get_template(...)` on a Django engine. */
const ENGINES = new Set(["django.template.Engine", "django.template.engine.Engine"]);

/**
 * True for `t.render(...)` where every assignment to `t` in the enclosing
 * function makes a Django template (`loader.get_template(...)`,
 * `loader.select_template(...)`, `Engine(...).from_string(...)`): the engine
 * autoescapes, so the rendered page is escaped HTML whatever the context holds.
 * Jinja2 templates are not matched: their autoescaping depends on the environment.
 */
export function rendersDjangoTemplate(callee: SgNode, canonical: (dotted: string) => string): boolean {
  const receiver = callee.children()[0];
  if (receiver?.kind() !== "identifier") return false;
  const values = localAssignments(callee, receiver.text());
  return values.length > 0 && values.every((v) => v !== null && makesDjangoTemplate(v, canonical));
}

function makesDjangoTemplate(value: SgNode, canonical: (dotted: string) => string): boolean {
  if (value.kind() !== "call") return false;
  const callee = value.field("function");
  if (callee === null) return false;
  const text = callee.text().replace(/\s+/g, "");
  if (TEMPLATE_FACTORIES.has(canonical(text))) return true;
  // Engine(...).from_string(src) / Engine.get_default().get_template(name)
  if (
    callee.kind() !== "attribute" ||
    !/^(?:from_string|get_template|select_template)$/.test(callee.field("attribute")?.text() ?? "")
  )
    return false;
  const written = callee.field("object");
  // `DEBUG_ENGINE = Engine(...)` at the top of the module, then `DEBUG_ENGINE.from_string(src)`.
  const object = written?.kind() === "identifier" ? moduleValue(written) : written;
  const engine = object?.kind() === "call" ? object.field("function")?.text() : undefined;
  if (engine === undefined) return false;
  const base = engine.replace(/\s+/g, "").replace(/\.get_default$/, "");
  return ENGINES.has(canonical(base));
}
