import type { SgNode } from "@ast-grep/napi";
import { JS_FAMILY } from "../../core/language.js";
import { callsMatching, codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule } from "../define-rule.js";
import { callArguments, dottedPath, stringValue, unwrap } from "./dataflow/ast.js";
import { checkSinkValues, findCalls, flowOf } from "./dataflow/flow.js";
import { addressChecked, checkersOf, RESOLVES_HOSTS } from "./dataflow/address-check.js";

const meta = {
  id: "js/ssrf",
  languages: JS_FAMILY,
  category: "security",
  severity: "high",
  confidence: 0.85,
  cwe: ["CWE-918"],
  owasp: "A10:2021-Server-Side Request Forgery",
  title: "Server-side request to a URL from untrusted data",
  description:
    "fetch, axios, got, http(s).get/request (also on a name chosen between http and https), the request library, NestJS HttpService / Angular HttpClient (this.http.get), Puppeteer/Playwright page.goto or rss-parser parseURL is called with a URL (or host) the caller controls.",
  why: "The server can be made to call internal services, cloud metadata endpoints (169.254.169.254) or arbitrary hosts, leaking credentials and bypassing firewalls.",
  howToFix:
    "Keep the scheme and host fixed and put user data only into an encoded path or query part (encodeURIComponent); if the host must vary, check it against an allow-list of hosts after parsing with new URL().",
  references: [
    "https://cwe.mitre.org/data/definitions/918.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html",
  ],
  fixable: false,
  family: "ssrf",
  // Operator-only flows (docs/trust-levels.md): the operator choosing which URL the program calls is configuration, not a forged request.
  operatorFlows: "ignore",
} as const;

const VERBS = "get|post|put|patch|delete|del|head|request|stream";
/**
 * Also NestJS's `HttpService` and Angular's `HttpClient` (the latter runs on
 * the server under SSR), injected under their usual names.
 */
const INJECTED = "(this\\.)?(http|httpService|httpClient)\\.(get|post|put|patch|delete|head|request)";
const CLIENTS = new RegExp(
  `^(fetch|(axios|got|needle|request|superagent|ky|undici)(\\.(${VERBS}))?|https?\\.(get|request)|undici\\.fetch|${INJECTED})$`,
);
/** Headless browsers (`page.goto`) and rss-parser (`parser.parseURL`) fetch the URL they are given. */
const FETCHING_METHODS = /\.(goto|parseURL)$/;

/**
 * A URL whose scheme and host are written in the code (`https://api.example.com/users/${id}`):
 * user data can only change the path or query, so it is not a server-side request forgery.
 */
function hasFixedOrigin(node: SgNode): boolean {
  const n = unwrap(node);
  const kind = String(n.kind());
  let head: string | undefined;
  if (kind === "template_string") {
    const first = n.namedChildren()[0];
    head = first?.kind() === "string_fragment" ? first.text() : "";
  } else if (kind === "binary_expression") {
    let left = n;
    while (left.kind() === "binary_expression") left = left.field("left") ?? left;
    head = stringValue(left);
  }
  return head !== undefined && /^https?:\/\/[^/${}]+\//i.test(head);
}

/**
 * Names bound to `http` or `https` by a choice on the URL's scheme
 * (`const client = url.protocol === "https:" ? https : http`): their
 * `get`/`request` are Node's.
 */
function moduleSwitches(root: SgNode, text: string): Set<string> {
  if (!/\?\s*https?\s*:\s*https?\b/.test(text)) return new Set();
  const names = root
    .findAll({ rule: { kind: "variable_declarator", has: { field: "value", kind: "ternary_expression" } } })
    .filter((d) => {
      const choice = d.field("value");
      const both = [choice?.field("consequence")?.text(), choice?.field("alternative")?.text()];
      return both.every((t) => t === "http" || t === "https");
    })
    .map((d) => d.field("name")?.text() ?? "");
  return new Set(names);
}

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  const { text } = ctx;
  if (
    !root ||
    // `["']https?["']`: the module imported under another name (`const client = secure ? https : http`).
    !/fetch|axios|got|https?\.|["'](?:node:)?https?["']|request|needle|superagent|ky|undici|\.http\b|httpService|httpClient|goto|parseURL/.test(
      text,
    )
  )
    return;
  const engine = flowOf(ctx);
  if (!engine) return;
  const calls = findCalls(ctx, CLIENTS);
  if (/puppeteer|playwright|rss-parser/.test(text)) calls.push(...findCalls(ctx, FETCHING_METHODS));
  const protocolSwitches = moduleSwitches(root, text);
  if (protocolSwitches.size > 0)
    calls.push(
      ...callsMatching(ctx, /^[\w$]+\.(get|request)$/).filter((c) =>
        protocolSwitches.has(c.field("function")?.field("object")?.text() ?? ""),
      ),
    );
  // Only a file that resolves host names can check the address it connects to.
  const checkers = RESOLVES_HOSTS.test(text) ? checkersOf(root) : undefined;
  for (const call of calls) {
    if (checkers && addressChecked(call, checkers)) continue;
    const callee = call.field("function");
    const path = callee ? (dottedPath(callee) ?? "fetch") : "fetch";
    // needle("get", url) and needle.request("get", url) take the method first.
    const args = callArguments(call);
    const first = /^needle(\.request)?$/.test(path) && args[0]?.kind() === "string" ? args[1] : args[0];
    if (!first) continue;
    const target = unwrap(first);
    let values: SgNode[] = [target];
    if (target.kind() === "object") {
      values = target
        .namedChildren()
        .filter(
          (p) =>
            p.kind() === "pair" &&
            /^["']?(url|baseURL|host|hostname|uri)["']?$/.test(p.field("key")?.text() ?? ""),
        )
        .map((p) => p.field("value"))
        .filter((v): v is SgNode => v !== null);
    }
    values = values.filter((v) => !hasFixedOrigin(v));
    if (values.length === 0) continue;
    checkSinkValues(ctx, engine, meta, call, values, { kind: "url", sink: `${path}()` });
  }
});
