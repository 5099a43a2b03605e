import type { SgNode } from "@ast-grep/napi";
import { lastSegment, stringValue } from "./ast.js";
import { role, source, type Value } from "./taint.js";

/**
 * NestJS parameter decorators that bind part of the request to a handler's
 * parameter (docs.nestjs.com, "Controllers": request object), with what the
 * part is in words.
 */
const NEST_DECORATORS: ReadonlyMap<string, string> = new Map([
  ["Body", "the request's body"],
  ["Query", "the request's query string"],
  ["Param", "the request's URL path"],
  ["Headers", "the request's headers"],
  ["Cookies", "the request's cookies"],
  ["UploadedFile", "the request's uploaded files"],
  ["UploadedFiles", "the request's uploaded files"],
  ["MessageBody", "a WebSocket or queue message"],
  ["Payload", "a WebSocket or queue message"],
]);

/** `@Req()` / `@Request()` hand the whole Express or Fastify request over. */
const NEST_REQUEST = new Set(["Req", "Request"]);

/** `@Query('email') email: string` → the request's query string; `@Req() req` → a request. */
export function decoratedParameterValue(param: SgNode): Value {
  for (const decorator of param.children()) {
    if (decorator.kind() !== "decorator") continue;
    const expression = decorator.namedChildren()[0];
    const callee = expression?.kind() === "call_expression" ? expression.field("function") : expression;
    const name = callee ? lastSegment(callee.text()) : "";
    if (NEST_REQUEST.has(name)) return role("request");
    const words = NEST_DECORATORS.get(name);
    if (words === undefined) continue;
    const key = expression?.kind() === "call_expression" ? expression.field("arguments") : null;
    const part = stringValue(key?.namedChildren()[0]);
    const label = `@${name}(${part === undefined ? "" : JSON.stringify(part)})`;
    return source({ label, words, level: "remote", confidence: 0.95 }, param.range().start.line + 1);
  }
  return undefined;
}

/** Whether a statement list begins with the `"use server"` directive. */
function startsWithUseServer(statements: readonly SgNode[]): boolean {
  for (const statement of statements) {
    const kind = statement.kind();
    if (kind === "comment") continue;
    if (kind !== "expression_statement") return false;
    return stringValue(statement.namedChildren()[0]) === "use server";
  }
  return false;
}

/**
 * A Next.js Server Action (nextjs.org, "Server Actions and Mutations"): an
 * exported function of a module marked `"use server"`, or a function whose
 * body starts with the directive. The client calls it over HTTP with
 * arguments it chooses, so every parameter is remote input.
 */
export function isServerAction(fn: SgNode, root: SgNode): boolean {
  const body = fn.field("body");
  if (body?.kind() === "statement_block" && startsWithUseServer(body.namedChildren())) return true;
  if (!startsWithUseServer(root.namedChildren())) return false;
  let holder = fn.parent();
  if (holder?.kind() === "variable_declarator") holder = holder.parent()?.parent() ?? null;
  return holder?.kind() === "export_statement";
}

export const SERVER_ACTION_WORDS = "an argument the client passes to a server action";
