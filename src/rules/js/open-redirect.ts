import type { SgNode } from "@ast-grep/napi";
import { JS_FAMILY } from "../../core/language.js";
import { assignmentsMatching, codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule } from "../define-rule.js";
import { callArguments, dottedPath, isFunctionKind, stringValue, unwrap } from "./dataflow/ast.js";
import { checkSinkValues, findCalls, findCallsByWalk, flowOf } from "./dataflow/flow.js";

const meta = {
  id: "js/open-redirect",
  languages: JS_FAMILY,
  category: "security",
  severity: "medium",
  confidence: 0.8,
  cwe: ["CWE-601"],
  owasp: "A01:2021-Broken Access Control",
  title: "Redirect to a URL from untrusted data",
  description:
    "res.redirect, ctx.redirect, Next.js redirect, the url a NestJS @Redirect() handler returns, location.href/assign/replace or window.open receives a URL the caller controls.",
  why: "A link on your trusted domain can send users to a phishing site, and some redirects leak tokens in the URL; in the browser a javascript: URL also runs script.",
  howToFix:
    "Redirect only to relative paths you check (starts with a single '/', not '//' or '/\\'), or map a key to a URL from an allow-list; encode values placed into a fixed URL with encodeURIComponent.",
  references: [
    "https://cwe.mitre.org/data/definitions/601.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/Unvalidated_Redirects_and_Forwards_Cheat_Sheet.html",
  ],
  fixable: false,
  family: "open-redirect",
  // Operator-only flows (docs/trust-levels.md): a redirect target set by the operator is the site's own configuration.
  operatorFlows: "ignore",
} as const;

/** The value of the key `key` matches in an object literal (`{ url: to }`, `{ url }`). */
function locationInObject(object: SgNode, key: RegExp): SgNode | undefined {
  if (object.kind() !== "object") return undefined;
  for (const pair of object.namedChildren()) {
    if (pair.kind() === "shorthand_property_identifier" && key.test(pair.text())) return pair;
    if (pair.kind() !== "pair") continue;
    const keyNode = pair.field("key");
    const name = keyNode?.kind() === "property_identifier" ? keyNode.text() : stringValue(keyNode);
    if (name !== undefined && key.test(name)) return pair.field("value") ?? undefined;
  }
  return undefined;
}

/** The value of a `Location` key in a headers object literal. */
function locationInHeaders(args: readonly SgNode[]): SgNode | undefined {
  for (const arg of args) {
    const found = locationInObject(unwrap(arg), /^location$/i);
    if (found) return found;
  }
  return undefined;
}

/**
 * NestJS handlers decorated with `@Redirect()`: the `url` of an object they
 * return (`return { url: to }`) replaces the decorator's target, so it is
 * where the response sends the browser. Returns those `url` values.
 */
function nestRedirectTargets(root: SgNode): SgNode[] {
  const out: SgNode[] = [];
  for (const body of root.findAll({ rule: { kind: "class_body" } })) {
    let decorated = false;
    for (const member of body.children()) {
      if (member.kind() === "decorator") {
        decorated ||= /^@Redirect\s*\(/.test(member.text());
        continue;
      }
      if (decorated && member.kind() === "method_definition") {
        for (const ret of member.findAll({ rule: { kind: "return_statement" } })) {
          // A return of a nested callback is not the handler's answer.
          const owner = ret.ancestors().find((a) => isFunctionKind(String(a.kind())));
          if (owner?.id() !== member.id()) continue;
          const value = ret.namedChildren()[0];
          const url = value ? locationInObject(unwrap(value), /^url$/) : undefined;
          if (url) out.push(url);
        }
      }
      decorated = false;
    }
  }
  return out;
}

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  const { text } = ctx;
  if (!root || !/redirect|location|window\.open/i.test(text)) return;
  const engine = flowOf(ctx);
  if (!engine) return;
  const calls = findCalls(
    ctx,
    /^(\w+\.redirect|redirect|permanentRedirect|NextResponse\.redirect|(window\.|document\.)?location\.(assign|replace)|window\.open)$/,
  );
  for (const call of calls) {
    const callee = call.field("function");
    const path = callee ? (dottedPath(callee) ?? "redirect") : "redirect";
    const args = callArguments(call);
    // res.redirect(301, url) takes the status first.
    const target = args.length > 1 && args[0]?.kind() === "number" ? args[1] : args[0];
    if (!target) continue;
    checkSinkValues(ctx, engine, meta, call, [target], { kind: "redirect", sink: `${path}()` });
  }
  // res.location(url), res.setHeader("Location", url), res.writeHead(302, { Location: url })
  const headerCalls = /\.location\(|["'`]?\blocation["'`]?\s*[:,]/i.test(text)
    ? findCallsByWalk(ctx, "\\.(location|setHeader|set|header|writeHead)$")
    : [];
  for (const call of headerCalls) {
    const callee = call.field("function");
    const method = callee?.field("property")?.text() ?? "";
    const args = callArguments(call);
    let target: SgNode | undefined;
    if (method === "location") target = args[0];
    else if (method === "writeHead") target = locationInHeaders(args.slice(1));
    else if (/^location$/i.test(stringValue(args[0]) ?? "")) target = args[1];
    else target = locationInHeaders(args.slice(0, 1));
    if (!target) continue;
    checkSinkValues(ctx, engine, meta, call, [target], {
      kind: "redirect",
      sink: method === "location" ? `${callee?.text() ?? "location"}()` : "the Location header",
    });
  }
  if (/@Redirect\s*\(/.test(text))
    for (const target of nestRedirectTargets(root))
      checkSinkValues(ctx, engine, meta, target, [target], {
        kind: "redirect",
        sink: "a NestJS @Redirect() handler's url",
      });
  const assignments = assignmentsMatching(ctx, /^((window|document)\.)?location(\.href)?$/).filter(
    (a) => a.kind() === "assignment_expression",
  );
  for (const assignment of assignments) {
    const right = assignment.field("right");
    if (!right) continue;
    checkSinkValues(ctx, engine, meta, assignment, [right], {
      kind: "redirect",
      sink: assignment.field("left")?.text() ?? "location",
      extraCwe: ["CWE-79"],
    });
  }
});
