import type { SgNode } from "@ast-grep/napi";
import { JS_FAMILY } from "../../core/language.js";
import { assignmentsMatching, codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule } from "../define-rule.js";
import { callArguments, dottedPath, stringValue, unwrap } from "./dataflow/ast.js";
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
    "res.redirect, ctx.redirect, Next.js redirect, location.href/assign/replace or window.open receives a URL the caller controls.",
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

/** The value of a `Location` key in a headers object literal. */
function locationInHeaders(args: readonly SgNode[]): SgNode | undefined {
  for (const arg of args) {
    const headers = unwrap(arg);
    if (headers.kind() !== "object") continue;
    for (const pair of headers.namedChildren()) {
      if (pair.kind() !== "pair") continue;
      const key = pair.field("key");
      const name = key?.kind() === "property_identifier" ? key.text() : stringValue(key);
      if (name !== undefined && /^location$/i.test(name)) return pair.field("value") ?? undefined;
    }
  }
  return undefined;
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
