import type { SgNode } from "@ast-grep/napi";
import { defineRule } from "../define-rule.js";
import {
  argTaint,
  callSpec,
  findCalls,
  flowOf,
  notedOnly,
  reportFlow,
  verdictFor,
  type FoundCall,
} from "./dataflow/sinks.js";
import type { Origin } from "./dataflow/taint.js";

const WHY =
  "The server sends a request wherever the input points: to cloud metadata endpoints (169.254.169.254), internal admin services or localhost ports that are not reachable from outside, with the server's network position and credentials.";

const VERBS = ["get", "post", "put", "patch", "delete", "head", "options", "request", "stream"];
const CALLS = callSpec({
  needsSource: true,
  hint: /requests|httpx|urlopen|urllib|Request|aiohttp|HTTPConnection|HTTPSConnection/,
  helperHint: /\b(?:requests|httpx|aiohttp)\b/,
  functions: [
    ...VERBS.map((v) => `requests.${v}`),
    ...VERBS.map((v) => `httpx.${v}`),
    "urllib.request.urlopen",
    // urllib3 2.x: `urllib3.request("GET", url)`, the method first as on a PoolManager.
    "urllib3.request",
    "urllib2.urlopen",
    "http.client.HTTPConnection",
    "http.client.HTTPSConnection",
  ],
});
/** HTTP client objects whose verb methods send a request: `async with aiohttp.ClientSession() as s: s.get(url)`. */
const CLIENT_CLASS = String.raw`(?:aiohttp\.ClientSession|ClientSession|httpx\.AsyncClient|AsyncClient|httpx\.Client|requests\.Session|requests\.session|urllib3\.PoolManager|PoolManager)`;
const CLIENT_BINDING = new RegExp(
  String.raw`\b(\w+)\s*=\s*(?:await\s+)?${CLIENT_CLASS}\(|\bwith\s+${CLIENT_CLASS}\([^()]*(?:\([^()]*\)[^()]*)*\)\s+as\s+(\w+)|\b(\w+)\s*:\s*${CLIENT_CLASS}\b(?!\()`,
  "g",
);
/** A file that can make an HTTP client object. */
const CLIENT_HINT = /ClientSession|AsyncClient|httpx\.Client|requests\.[sS]ession|PoolManager/;
const CLIENT_CALLS = callSpec({
  needsSource: true,
  hint: CLIENT_HINT,
  helperHint: CLIENT_HINT,
  methods: VERBS,
});
/**
 * Keywords only an HTTP client's verb methods take (requests, httpx, aiohttp):
 * `http.get(url, allow_redirects=True)` on a client the caller passed in,
 * which no binding in this file names. A dict's `get` takes none of them.
 */
const HTTP_KEYWORDS = new Set([
  "allow_redirects",
  "follow_redirects",
  "timeout",
  "headers",
  "params",
  "json",
  "verify",
  "ssl",
  "proxy",
  "proxies",
  "cookies",
]);
const KEYWORD_HINT =
  /\b(?:allow_redirects|follow_redirects|timeout|headers|params|json|verify|ssl|proxy|proxies|cookies)\s*=/;
const KEYWORD_CALLS = callSpec({
  needsSource: true,
  hint: KEYWORD_HINT,
  helperHint: KEYWORD_HINT,
  methods: VERBS.filter((v) => v !== "request" && v !== "stream"),
});

/** A URL whose scheme and host are fixed text: input can only change the path or query. */
const FIXED_HOST = /^[rRuUfFbB]*["'](?:https?:)?\/\/[^/"'{}%]+\//;
/** A path that starts with one slash: the client's `base_url` fixes the host, input only picks the path. */
const RELATIVE_PATH = /^[rRuUfFbB]*["']\/(?!\/)/;

export default defineRule(
  {
    id: "py/ssrf",
    languages: ["python"],
    category: "security",
    severity: "high",
    confidence: 0.8,
    cwe: ["CWE-918"],
    owasp: "A10:2021-Server-Side Request Forgery (SSRF)",
    title: "Server-side request to a URL from untrusted input",
    description:
      "requests, httpx, urllib or http.client is called with a URL (or host) that comes from outside the program.",
    why: WHY,
    howToFix:
      "Do not let the input choose the host: keep the base URL fixed and only put validated values into the path or query, or check the parsed host against an allow-list (and resolve it to make sure it is not a private address) before the request.",
    references: [
      "https://cwe.mitre.org/data/definitions/918.html",
      "https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html",
    ],
    fixable: false,
    family: "ssrf",
    // Operator-only flows (docs/trust-levels.md): the operator choosing which URL the program calls is configuration, not a forged request.
    operatorFlows: "ignore",
  },
  (ctx) => {
    const calls = findCalls(ctx, CALLS);
    const clients = clientNames(ctx.text);
    const seen = new Set(calls.map((c) => c.node.id()));
    if (clients.size > 0) {
      for (const call of findCalls(ctx, CLIENT_CALLS)) {
        if (!call.viaMethod) continue;
        const receiver = call.node.children()[0]?.children()[0];
        if (receiver !== undefined && clients.has(clientName(receiver))) {
          calls.push({ ...call, callee: `${receiver.text()}.${call.callee}` });
          seen.add(call.node.id());
        }
      }
    }
    for (const call of findCalls(ctx, KEYWORD_CALLS)) {
      if (!call.viaMethod || seen.has(call.node.id())) continue;
      if (![...call.kwargs.keys()].some((k) => HTTP_KEYWORDS.has(k))) continue;
      const receiver = call.node.children()[0]?.children()[0];
      if (receiver !== undefined && clientName(receiver) !== "")
        calls.push({ ...call, callee: `${receiver.text()}.${call.callee}` });
    }
    if (calls.length === 0) return;
    const flow = flowOf(ctx);
    for (const call of calls) {
      // `request("GET", url)` (urllib3, a client's generic method): the method comes first.
      const index = call.callee.endsWith("request") && call.args.length > 1 ? 1 : 0;
      const url = call.args[index] ?? call.kwargs.get("url") ?? call.kwargs.get("host");
      if (url === undefined || (url.kind() === "string" && !url.text().includes("{"))) continue;
      const urlNode = call.args[index] ?? call.kwargs.get("url");
      if (urlNode === undefined || FIXED_HOST.test(urlNode.text()) || RELATIVE_PATH.test(urlNode.text()))
        continue;
      const taint = argTaint(flow, call.node, index, "url");
      // A host checked before the request holds for the first hop only: a client told to follow
      // redirects lets an allowed host (an open redirect on it) send the request anywhere.
      const hops = followsRedirects(call) ? taint.map(unpinned) : taint;
      const verdict = verdictFor(flow, hops, "url", {
        built: 0.4,
        direct: 0.3,
      });
      if (verdict === undefined || notedOnly(ctx, call, verdict, WHY)) continue;
      // A command-line user choosing the URL is the tool's purpose, not a forgery.
      const local = /^(?:a command-line argument|input\(\)|standard input)/.test(verdict.origin.label);
      reportFlow(
        ctx,
        call.node,
        local ? { ...verdict, confidence: 0.4 } : verdict,
        `${call.callee}() requests a URL built from`,
        WHY,
      );
    }
  },
);

/** The keywords with which requests, httpx and aiohttp follow redirects. */
const REDIRECT_KEYWORDS = new Set(["follow_redirects", "allow_redirects"]);

/** A keyword argument `follow_redirects=True` / `allow_redirects=True` among a call's arguments. */
function redirectsOn(call: SgNode | null | undefined): boolean {
  const args = call?.kind() === "call" ? call.field("arguments") : null;
  return (args?.children() ?? []).some(
    (arg) =>
      arg.kind() === "keyword_argument" &&
      REDIRECT_KEYWORDS.has(arg.field("name")?.text() ?? "") &&
      arg.field("value")?.kind() === "true",
  );
}

/**
 * The request follows redirects because it says so: on the call itself, or on
 * the client it is made on, bound in the same def (`with
 * httpx.AsyncClient(follow_redirects=True) as client`, `s = Session(...)`).
 */
function followsRedirects(call: FoundCall): boolean {
  if (redirectsOn(call.node)) return true;
  const receiver = call.node.field("function")?.field("object");
  if (receiver?.kind() !== "identifier") return false;
  const def = call.node.ancestors().find((a) => a.kind() === "function_definition");
  const bindings = def?.findAll({ rule: { any: [{ kind: "as_pattern" }, { kind: "assignment" }] } }) ?? [];
  return bindings.some((b) => {
    const [value, name] =
      b.kind() === "assignment" ? [b.field("right"), b.field("left")] : [b.children()[0], b.field("alias")];
    const bare = value?.kind() === "await" ? value.children()[1] : value;
    return name?.text() === receiver.text() && redirectsOn(bare);
  });
}

/** The origin as it was before any check of where the URL leads (the sanitisers and guards for "url"). */
function unpinned(origin: Origin): Origin {
  return origin.sanitised.includes("url")
    ? { ...origin, sanitised: origin.sanitised.filter((k) => k !== "url") }
    : origin;
}

/**
 * The client name a call's receiver stands for: `http` for `http.get(...)`,
 * and for `self.http.get(...)` too (the attribute was bound with
 * `self.http = httpx.Client()` or annotated `http: httpx.Client`); "" otherwise.
 */
function clientName(receiver: SgNode): string {
  if (receiver.kind() === "identifier") return receiver.text();
  if (receiver.kind() !== "attribute") return "";
  const [object, , attribute] = receiver.children();
  return object?.text() === "self" && attribute?.kind() === "identifier" ? attribute.text() : "";
}

/**
 * Names bound to an HTTP client object anywhere in the file: `s = httpx.Client()`,
 * `with ClientSession() as s`, `self.s = ClientSession()`, and a parameter or
 * attribute annotated with a client class (`session: aiohttp.ClientSession`),
 * whose object the caller made.
 */
function clientNames(text: string): Set<string> {
  const names = new Set<string>();
  if (!CLIENT_HINT.test(text)) return names;
  for (const m of text.matchAll(CLIENT_BINDING)) {
    const name = m[1] ?? m[2] ?? m[3];
    if (name !== undefined) names.add(name);
  }
  return names;
}
