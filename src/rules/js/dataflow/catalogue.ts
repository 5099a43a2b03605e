import type { RoleName } from "./taint.js";

/** Members of an Express/Next.js request that carry client data. */
export const REQUEST_MEMBERS: ReadonlySet<string> = new Set([
  "query",
  "params",
  "body",
  "cookies",
  "signedCookies",
  "headers",
  "url",
  "originalUrl",
  "path",
  "hostname",
  "files",
  "file",
  "nextUrl",
  "searchParams",
]);

/** Request methods returning client data: `req.get("X-Id")`, `await request.json()`. */
export const REQUEST_METHODS: ReadonlySet<string> = new Set([
  "get",
  "header",
  "param",
  "json",
  "text",
  "formData",
  "arrayBuffer",
  "blob",
]);

/** Members of a Koa context that carry client data (`ctx.request` is a request again). */
export const KOA_MEMBERS: ReadonlySet<string> = new Set([
  "query",
  "params",
  "headers",
  "header",
  "cookies",
  "querystring",
  "url",
  "originalUrl",
  "path",
  "href",
  "host",
  "hostname",
]);

export const MEMBERS_BY_ROLE: Readonly<Record<RoleName, ReadonlySet<string>>> = {
  request: REQUEST_MEMBERS,
  koa: KOA_MEMBERS,
  "message-event": new Set(["data"]),
};

export const METHODS_BY_ROLE: Readonly<Record<RoleName, ReadonlySet<string>>> = {
  request: REQUEST_METHODS,
  koa: new Set(["get"]),
  "message-event": new Set(),
};

/** Parameter names that hold a request whatever function they belong to. */
export const ROLE_BY_PARAM_NAME: Readonly<Record<string, RoleName>> = {
  req: "request",
  request: "request",
  ctx: "koa",
};

/**
 * Global member chains that read attacker-influenced data, with how sure we
 * are (browser URL parts are fully attacker-controlled; the environment much less).
 */
export const GLOBAL_SOURCES: readonly { readonly prefix: string; readonly confidence: number }[] = [
  { prefix: "process.argv", confidence: 0.7 },
  { prefix: "process.env", confidence: 0.6 },
  { prefix: "location.hash", confidence: 0.95 },
  { prefix: "location.search", confidence: 0.95 },
  { prefix: "location.href", confidence: 0.9 },
  { prefix: "location.pathname", confidence: 0.8 },
  { prefix: "window.location.hash", confidence: 0.95 },
  { prefix: "window.location.search", confidence: 0.95 },
  { prefix: "window.location.href", confidence: 0.9 },
  { prefix: "window.location.pathname", confidence: 0.8 },
  { prefix: "document.location.hash", confidence: 0.95 },
  { prefix: "document.location.search", confidence: 0.95 },
  { prefix: "document.location.href", confidence: 0.9 },
  { prefix: "document.URL", confidence: 0.9 },
  { prefix: "document.documentURI", confidence: 0.9 },
  { prefix: "document.referrer", confidence: 0.8 },
  { prefix: "document.cookie", confidence: 0.7 },
  { prefix: "window.name", confidence: 0.9 },
];

/** Calls whose result is read from outside the program. */
export const SOURCE_CALLS: ReadonlyMap<string, { readonly label: string; readonly confidence: number }> =
  new Map([
    ["fs.readFileSync", { label: "file contents", confidence: 0.6 }],
    ["readFileSync", { label: "file contents", confidence: 0.6 }],
    ["fs.promises.readFile", { label: "file contents", confidence: 0.6 }],
    ["fsp.readFile", { label: "file contents", confidence: 0.6 }],
    ["readFile", { label: "file contents", confidence: 0.6 }],
    ["fetch", { label: "network response", confidence: 0.7 }],
    ["axios.get", { label: "network response", confidence: 0.7 }],
    ["axios.post", { label: "network response", confidence: 0.7 }],
    ["axios", { label: "network response", confidence: 0.7 }],
    ["got", { label: "network response", confidence: 0.7 }],
    ["prompt", { label: "user input", confidence: 0.8 }],
  ]);

/** Array methods whose callback receives the receiver's elements. */
export const ELEMENT_CALLBACKS: ReadonlySet<string> = new Set([
  "map",
  "forEach",
  "filter",
  "find",
  "some",
  "every",
  "flatMap",
  "findLast",
]);

/** Route registration methods whose callbacks receive a request first. */
export const ROUTE_METHODS: ReadonlySet<string> = new Set([
  "get",
  "post",
  "put",
  "patch",
  "delete",
  "del",
  "all",
  "use",
  "options",
  "head",
]);

/** Next.js App Router handler names: their first parameter is the request. */
export const NEXT_HANDLERS: ReadonlySet<string> = new Set([
  "GET",
  "POST",
  "PUT",
  "PATCH",
  "DELETE",
  "HEAD",
  "OPTIONS",
]);

/** Destructured parameters that Next.js fills from the URL. */
export const NEXT_PROPS: ReadonlySet<string> = new Set(["params", "searchParams"]);
