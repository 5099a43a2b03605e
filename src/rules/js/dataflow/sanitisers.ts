import type { SinkKind } from "./taint.js";

/*
 * What stops taint: casts to numbers or booleans, methods whose result carries
 * nothing of the receiver, sanitisers per sink, safe tagged templates, and the
 * calls known to pass their arguments' data through.
 */

/** Calls whose result is a number or boolean whatever goes in. */
export const CASTS: ReadonlySet<string> = new Set([
  "Number",
  "parseInt",
  "parseFloat",
  "Boolean",
  "Number.parseInt",
  "Number.parseFloat",
  "Math.floor",
  "Math.round",
  "Math.ceil",
  "Math.abs",
  "Math.min",
  "Math.max",
  "isNaN",
  "Number.isInteger",
  "Array.isArray",
]);

/**
 * Casts whose result is still the value the caller chose, only as a number or
 * boolean (`Number(req.body.price)`, `Boolean(req.body.emailVerified)`): safe
 * for every text sink, but a price or a verified flag the client picked is
 * still the client's pick when it lands in the session. Tests such as
 * `isNaN` or `Array.isArray` say nothing of the value and stay clean.
 */
export const VALUE_CASTS: ReadonlySet<string> = new Set([
  "Number",
  "parseInt",
  "parseFloat",
  "Boolean",
  "Number.parseInt",
  "Number.parseFloat",
  "Math.floor",
  "Math.round",
  "Math.ceil",
  "Math.abs",
  "Math.min",
  "Math.max",
]);

/** Methods whose result carries no data of the receiver (numbers and booleans). */
export const CLEAN_METHODS: ReadonlySet<string> = new Set([
  "includes",
  "startsWith",
  "endsWith",
  "indexOf",
  "lastIndexOf",
  "test",
  "has",
  "some",
  "every",
  "localeCompare",
  "findIndex",
  "getTime",
  "valueOf",
  "push",
  "hasOwnProperty",
  "charCodeAt",
  "codePointAt",
]);

const ALL_TEXT: readonly SinkKind[] = ["xss", "url", "redirect", "path"];

/** Sanitisers: the callee (full dotted path or last segment) and what it makes safe. */
export const SANITISERS: ReadonlyMap<string, readonly SinkKind[]> = new Map<string, readonly SinkKind[]>([
  ["escapeHtml", ["xss"]],
  ["escapeHTML", ["xss"]],
  ["htmlEscape", ["xss"]],
  ["encodeHTML", ["xss"]],
  ["escape-html", ["xss"]],
  ["_.escape", ["xss"]],
  ["lodash.escape", ["xss"]],
  ["he.encode", ["xss"]],
  ["he.escape", ["xss"]],
  ["DOMPurify.sanitize", ["xss"]],
  ["purify.sanitize", ["xss"]],
  ["sanitizeHtml", ["xss"]],
  ["sanitize", ["xss"]],
  ["xss", ["xss"]],
  ["filterXSS", ["xss"]],
  ["validator.escape", ["xss"]],
  ["path.basename", ["path", "command"]],
  ["basename", ["path"]],
  ["encodeURIComponent", ALL_TEXT],
  ["encodeURI", ["xss"]],
  ["querystring.escape", ALL_TEXT],
  ["mysql.escape", ["sql"]],
  ["mysql.format", ["sql"]],
  ["SqlString.format", ["sql"]],
  ["SqlString.escape", ["sql"]],
  ["sqlstring.escape", ["sql"]],
  ["connection.escape", ["sql"]],
  ["pool.escape", ["sql"]],
  ["db.escape", ["sql"]],
  ["escapeLiteral", ["sql"]],
  ["escapeIdentifier", ["sql"]],
  ["pgFormat", ["sql"]],
  ["format.literal", ["sql"]],
  ["knex.ref", ["sql"]],
  ["shellEscape", ["command"]],
  ["shellescape", ["command"]],
  ["shellQuote.quote", ["command"]],
  ["quote", ["command"]],
  ["escapeShellArg", ["command"]],
  ["escapeFilter", ["ldap"]],
  ["ldapEscape.filter", ["ldap"]],
  ["escapeLdapFilter", ["ldap"]],
  // DN value escapers (RFC 4514): ldap-escape's dn tag and the usual helper names.
  ["ldapEscape.dn", ["ldap"]],
  ["escapeDN", ["ldap"]],
  ["escapeDn", ["ldap"]],
  ["escapeDnValue", ["ldap"]],
  // A parsed filter object: its text is judged where it is parsed (js/ldap-injection).
  ["parseFilter", ["ldap"]],
  ["escapeRegExp", ["regex"]],
  ["_.escapeRegExp", ["regex"]],
  ["escapeStringRegexp", ["regex"]],
  ["escapeRegex", ["regex"]],
  ["RegExp.escape", ["regex"]],
  ["mongoSanitize.sanitize", ["nosql"]],
  ["sanitizeFilter", ["nosql"]],
  ["mongoose.sanitizeFilter", ["nosql"]],
  ["String", ["nosql"]],
  ["xpathEscape", ["xpath"]],
]);

/** Tagged templates that bind their substitutions as parameters or escape them. */
export const SAFE_TAGS: ReadonlyMap<string, readonly SinkKind[]> = new Map<string, readonly SinkKind[]>([
  ["sql", ["sql"]],
  ["SQL", ["sql"]],
  ["Prisma.sql", ["sql"]],
  ["html", ["xss"]],
  ["safeHtml", ["xss"]],
]);

/**
 * Functions (full path or last segment) whose result carries their arguments'
 * data: string building, decoding, path joining, parsing. Any other call
 * with tainted arguments yields a value of unknown provenance: the engine
 * cannot see what an imported `getUser(id)` returns.
 */
export const PASSTHROUGH: ReadonlySet<string> = new Set([
  "join",
  "resolve",
  "normalize",
  "format",
  "from",
  "stringify",
  "parse",
  "concat",
  "decodeURIComponent",
  "decodeURI",
  "unescape",
  "atob",
  "btoa",
  "toString",
  "String",
  "assign",
  "values",
  "entries",
  "keys",
  "of",
  "fromEntries",
  "sprintf",
  "vsprintf",
  "URL",
  "URLSearchParams",
  "Buffer",
  "RegExp",
  "Function",
  "Array",
  "Set",
  "Map",
  "structuredClone",
  "cloneDeep",
  "clone",
  "trim",
  "toLowerCase",
  "toUpperCase",
  "deserialize",
  "unserialize",
  "get",
]);
