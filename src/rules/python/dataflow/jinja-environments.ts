import type { SgNode } from "@ast-grep/napi";
import { assignedTo } from "./bindings.js";
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
