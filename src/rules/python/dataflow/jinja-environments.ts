import type { SgNode } from "@ast-grep/napi";
import { assignedTo, localAssignments, moduleValue } from "./bindings.js";
import { callArguments } from "./call-arguments.js";

/** Starlette's (and so FastAPI's) template responder, which renders through a Jinja environment. */
const TEMPLATE_RESPONDERS = new Set([
  "starlette.templating.Jinja2Templates",
  "fastapi.templating.Jinja2Templates",
]);

/**
 * The `templates.TemplateResponse(...)` calls that render pages through the
 * Jinja environment made by `environment`: `templates = Jinja2Templates(env=env)`
 * hands the environment's escaping choice to every page it serves. Names are
 * matched as written in this file.
 */
export function pagesRenderedWith(
  root: SgNode,
  environment: SgNode,
  canonical: (dotted: string) => string,
): SgNode[] {
  const env = assignedTo(environment);
  if (env === undefined) return [];
  const responders = new Set<string>();
  const calls = root.findAll({ rule: { kind: "call" } });
  for (const call of calls) {
    const callee = call.field("function")?.text() ?? "";
    if (!TEMPLATE_RESPONDERS.has(canonical(callee))) continue;
    if (callArguments(call.field("arguments")).keyword.get("env")?.text() !== env) continue;
    const holder = assignedTo(call);
    if (holder !== undefined) responders.add(holder);
  }
  return calls.filter((call) => {
    const callee = call.field("function");
    return (
      callee?.kind() === "attribute" &&
      callee.field("attribute")?.text() === "TemplateResponse" &&
      responders.has(callee.field("object")?.text() ?? "")
    );
  });
}

const ENVIRONMENT_MAKERS = new Set(["jinja2.Environment", "jinja2.environment.Environment"]);
/** Environment methods that hand back a template bound to that environment's escaping choice. */
const TEMPLATE_GETTERS = /^(?:get_template|from_string|select_template|get_or_select_template)$/;

/**
 * The `jinja2.Environment(...)` call behind `t.render(...)`, when `t` is a
 * template taken from a module-level environment: `env.get_template(name).render(...)`,
 * or `t = env.get_template(name)` (every assignment to `t` in the enclosing
 * function) and then `t.render(...)`. Undefined when the template comes from
 * anywhere else.
 */
export function environmentOfRender(
  callee: SgNode,
  canonical: (dotted: string) => string,
): SgNode | undefined {
  if (callee.kind() !== "attribute" || callee.field("attribute")?.text() !== "render") return undefined;
  const receiver = callee.field("object");
  if (receiver === null) return undefined;
  if (receiver.kind() === "call") return environmentOfTemplate(receiver, canonical);
  if (receiver.kind() !== "identifier") return undefined;
  const values = localAssignments(callee, receiver.text());
  let found: SgNode | undefined;
  for (const value of values) {
    const env = value === null ? undefined : environmentOfTemplate(value, canonical);
    if (env === undefined || (found !== undefined && found.range().start.index !== env.range().start.index))
      return undefined;
    found = env;
  }
  return found;
}

/** `env.get_template(name)` with `env = jinja2.Environment(...)` at module level: that Environment call. */
function environmentOfTemplate(value: SgNode, canonical: (dotted: string) => string): SgNode | undefined {
  if (value.kind() !== "call") return undefined;
  const callee = value.field("function");
  if (callee?.kind() !== "attribute" || !TEMPLATE_GETTERS.test(callee.field("attribute")?.text() ?? ""))
    return undefined;
  const object = callee.field("object");
  if (object?.kind() !== "identifier") return undefined;
  const env = moduleValue(object);
  const maker = env?.kind() === "call" ? env.field("function")?.text().replace(/\s+/g, "") : undefined;
  return maker !== undefined && ENVIRONMENT_MAKERS.has(canonical(maker)) ? env : undefined;
}

/**
 * What a Jinja environment does to the variables its templates insert: "on"
 * (autoescape given and not False), "off" (autoescape=False), "default" (no
 * argument: Jinja's default is off, but such an environment often renders
 * text, not HTML).
 */
export function environmentEscaping(environment: SgNode): "on" | "off" | "default" {
  const value = callArguments(environment.field("arguments")).keyword.get("autoescape")?.text();
  if (value === undefined) return "default";
  return value === "False" ? "off" : "on";
}

/**
 * The `.render(...)` calls in this file whose template comes from `environment`
 * (see environmentOfRender). Only files that mention `.render(` are walked.
 */
export function rendersWith(
  root: SgNode,
  environment: SgNode,
  canonical: (dotted: string) => string,
): SgNode[] {
  if (!root.text().includes(".render(")) return [];
  const start = environment.range().start.index;
  return root
    .findAll({ rule: { kind: "call", has: { field: "function", kind: "attribute", regex: "\\.render$" } } })
    .filter((call) => {
      const callee = call.field("function");
      const env = callee === null ? undefined : environmentOfRender(callee, canonical);
      return env?.range().start.index === start;
    });
}

const MAKO_TEMPLATES = new Set(["mako.template.Template"]);

/**
 * `t.render(...)` of a Mako template made with the `h` default filter
 * (`Template(src, default_filters=["h"])`, inline or as a module-level
 * name): Mako HTML-escapes every `${...}` expression, so the page is escaped HTML.
 */
export function rendersEscapedMako(callee: SgNode, canonical: (dotted: string) => string): boolean {
  if (callee.kind() !== "attribute" || callee.field("attribute")?.text() !== "render") return false;
  const receiver = callee.field("object");
  const made = receiver?.kind() === "identifier" ? moduleValue(receiver) : receiver;
  if (made?.kind() !== "call") return false;
  const maker = made.field("function")?.text().replace(/\s+/g, "") ?? "";
  if (!MAKO_TEMPLATES.has(canonical(maker))) return false;
  const filters = callArguments(made.field("arguments")).keyword.get("default_filters");
  return filters?.kind() === "list" && filters.children().some((f) => /^["']h["']$/.test(f.text()));
}
