import type { TrustLevel } from "../../shared/trust.js";
import type { RoleName, SourceFacts } from "./taint.js";

/** Members of an Express/Next.js request that carry client data. */
export const REQUEST_MEMBERS: ReadonlySet<string> = new Set([
  "query",
  "params",
  "body",
  "rawBody",
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

/**
 * Request methods returning client data: `req.get("X-Id")`, `await request.json()`,
 * and @fastify/multipart's `await request.file()`, `request.files()`,
 * `request.parts()`: uploads whose `filename` the client chose.
 */
export const REQUEST_METHODS: ReadonlySet<string> = new Set([
  "get",
  "header",
  "param",
  "json",
  "text",
  "formData",
  "arrayBuffer",
  "blob",
  "file",
  "files",
  "parts",
  "saveRequestFiles",
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
  // @koa/multer puts the uploaded files on the context.
  "file",
  "files",
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

/** What a request member or method holds, in words for messages (Express, Koa, Next.js spellings). */
export const REQUEST_WORDS: ReadonlyMap<string, string> = new Map([
  ["query", "the request's query string"],
  ["querystring", "the request's query string"],
  ["searchParams", "the request's query string"],
  ["params", "the request's URL path"],
  ["param", "a request parameter"],
  ["body", "the request's body"],
  ["rawBody", "the request's body"],
  ["json", "the request's JSON body"],
  ["text", "the request's body"],
  ["formData", "the request's form fields"],
  ["arrayBuffer", "the request's body"],
  ["blob", "the request's body"],
  ["cookies", "the request's cookies"],
  ["signedCookies", "the request's cookies"],
  ["headers", "the request's headers"],
  ["header", "the request's headers"],
  ["get", "the request's headers"],
  ["url", "the request's URL"],
  ["originalUrl", "the request's URL"],
  ["path", "the request's URL"],
  ["href", "the request's URL"],
  ["nextUrl", "the request's URL"],
  ["host", "the request's Host header"],
  ["hostname", "the request's Host header"],
  ["files", "the request's uploaded files"],
  ["file", "the request's uploaded files"],
  ["parts", "the request's uploaded files"],
  ["saveRequestFiles", "the request's uploaded files"],
  ["data", "a message posted to the page"],
]);

interface GlobalSource {
  readonly prefix: string;
  readonly words: string;
  readonly level: TrustLevel;
  readonly confidence: number;
}

const PAGE_URL = "the page's URL";

/**
 * Global member chains that read data from outside the program, with their
 * trust level and how sure we are the flow is real input (browser URL parts
 * are fully attacker-controlled; the environment and command line are the
 * operator's, docs/trust-levels.md).
 */
export const GLOBAL_SOURCES: readonly GlobalSource[] = [
  { prefix: "process.argv", words: "a command-line argument", level: "operator", confidence: 0.7 },
  { prefix: "process.env", words: "the environment", level: "operator", confidence: 0.6 },
  { prefix: "location.hash", words: PAGE_URL, level: "remote", confidence: 0.95 },
  { prefix: "location.search", words: PAGE_URL, level: "remote", confidence: 0.95 },
  { prefix: "location.href", words: PAGE_URL, level: "remote", confidence: 0.9 },
  { prefix: "location.pathname", words: PAGE_URL, level: "remote", confidence: 0.8 },
  { prefix: "window.location.hash", words: PAGE_URL, level: "remote", confidence: 0.95 },
  { prefix: "window.location.search", words: PAGE_URL, level: "remote", confidence: 0.95 },
  { prefix: "window.location.href", words: PAGE_URL, level: "remote", confidence: 0.9 },
  { prefix: "window.location.pathname", words: PAGE_URL, level: "remote", confidence: 0.8 },
  { prefix: "document.location.hash", words: PAGE_URL, level: "remote", confidence: 0.95 },
  { prefix: "document.location.search", words: PAGE_URL, level: "remote", confidence: 0.95 },
  { prefix: "document.location.href", words: PAGE_URL, level: "remote", confidence: 0.9 },
  { prefix: "document.URL", words: PAGE_URL, level: "remote", confidence: 0.9 },
  { prefix: "document.documentURI", words: PAGE_URL, level: "remote", confidence: 0.9 },
  { prefix: "document.referrer", words: "the referring page's URL", level: "remote", confidence: 0.8 },
  { prefix: "document.cookie", words: "the page's cookies", level: "remote", confidence: 0.7 },
  {
    prefix: "window.name",
    words: "the window name (settable by another site)",
    level: "remote",
    confidence: 0.9,
  },
];

/** `process.env.API_URL` → "the environment variable API_URL"; other globals keep their words. */
export function globalSourceFacts(g: GlobalSource, path: string): SourceFacts {
  const variable = g.prefix === "process.env" ? /^process\.env\.([\w$]+)/.exec(path)?.[1] : undefined;
  const words = variable === undefined ? g.words : `the environment variable ${variable}`;
  return { label: path, words, level: g.level, confidence: g.confidence };
}

/** The payload of a WebSocket, worker or queue message handed to a listener. */
export const MESSAGE_SOURCE: SourceFacts = {
  label: "message",
  words: "a WebSocket or queue message",
  level: "remote",
  confidence: 0.9,
};

const FILE = "the contents of a local file";
const RESPONSE = "the response of an outbound HTTP call";

function facts(label: string, words: string, level: TrustLevel, confidence: number): SourceFacts {
  return { label, words, level, confidence };
}

/** Calls whose result is read from outside the program. */
export const SOURCE_CALLS: ReadonlyMap<string, SourceFacts> = new Map([
  ["fs.readFileSync", facts("fs.readFileSync()", FILE, "operator", 0.6)],
  ["readFileSync", facts("readFileSync()", FILE, "operator", 0.6)],
  ["fs.promises.readFile", facts("fs.promises.readFile()", FILE, "operator", 0.6)],
  ["fsp.readFile", facts("fsp.readFile()", FILE, "operator", 0.6)],
  ["readFile", facts("readFile()", FILE, "operator", 0.6)],
  ["fetch", facts("fetch()", RESPONSE, "remote", 0.7)],
  ["axios.get", facts("axios.get()", RESPONSE, "remote", 0.7)],
  ["axios.post", facts("axios.post()", RESPONSE, "remote", 0.7)],
  ["axios", facts("axios()", RESPONSE, "remote", 0.7)],
  ["got", facts("got()", RESPONSE, "remote", 0.7)],
  // The browser's prompt() is typed by the person using the page: their own input, like a terminal's.
  ["prompt", facts("prompt()", "what the user types into a prompt", "operator", 0.8)],
]);

/**
 * ORM and driver reads whose result is a stored row (second-order flows), by
 * method name: Mongoose, Sequelize, Prisma, TypeORM. Generic names (`find`,
 * `get`, `all`) are left out: arrays and maps share them.
 */
export const DB_READ_METHODS: ReadonlySet<string> = new Set([
  "findOne",
  "findById",
  "findByPk",
  "findAll",
  "findUnique",
  "findFirst",
  "findMany",
  "findOneBy",
  "findBy",
]);

/** `db.query(sql)`, and mysql2's `pool.execute(sql, values)`: the driver methods that run a statement. */
export const DB_QUERY_METHODS: ReadonlySet<string> = new Set(["query", "execute"]);

/** `pool.query(...)`, `db.query(...)`: SQL drivers whose result holds stored rows. */
export const DB_QUERY_RECEIVER = /(?:^|\.)(?:db|pool|client|conn|connection|knex|sql)$/i;

export const STORED_ROW = "a row read from the database";

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
