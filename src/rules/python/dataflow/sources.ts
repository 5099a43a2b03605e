import type { TrustLevel } from "../../shared/trust.js";
import { ALL_SINKS, type SinkKind } from "./taint.js";

/**
 * Known inputs by canonical dotted name: their trust level (docs/trust-levels.md),
 * how a message names them, and how sure we are that the flow is real input
 * (the finding's confidence). Web input is the strongest; environment, command
 * line and local files are operator input, reported at most as hardening notes.
 */
export interface SourceSpec {
  /** The origin as code: "request.args", "os.environ['HOME']". */
  readonly label: string;
  /** The origin in words: "the request's query string". */
  readonly words: string;
  readonly level: TrustLevel;
  readonly trust: number;
}

/** What each request attribute holds, for messages (Flask, Django, Starlette, aiohttp spellings). */
const REQUEST_FIELDS: ReadonlyMap<string, string> = new Map([
  ["args", "the request's query string"],
  ["GET", "the request's query string"],
  ["query_params", "the request's query string"],
  ["query_string", "the request's query string"],
  ["query", "the request's query string"],
  ["rel_url", "the request's URL"],
  ["url", "the request's URL"],
  ["full_path", "the request's URL"],
  ["path_params", "the request's URL path"],
  ["match_info", "the request's URL path"],
  ["path", "the request's URL path"],
  ["path_qs", "the request's URL"],
  ["raw_path", "the request's URL"],
  ["form", "the request's form fields"],
  ["POST", "the request's form fields"],
  ["values", "the request's query string or form fields"],
  ["json", "the request's JSON body"],
  ["data", "the request's body"],
  ["body", "the request's body"],
  ["stream", "the request's body"],
  ["cookies", "the request's cookies"],
  ["COOKIES", "the request's cookies"],
  ["headers", "the request's headers"],
  ["META", "the request's headers"],
  // Werkzeug's (Flask, Quart) `request.referrer`: the Referer header as the client sent it.
  ["referrer", "the request's Referer header"],
  ["environ", "the request's WSGI environment (headers)"],
  ["files", "the request's uploaded files"],
  ["FILES", "the request's uploaded files"],
]);

/** `request.args`, `self.request.GET`: attribute reads that are web input. */
const REQUEST_ATTR = new RegExp(
  `^(?:self\\.|flask\\.|bottle\\.|quart\\.)?request\\.(${[...REQUEST_FIELDS.keys()].join("|")})$`,
);

const ENVIRONMENT = "the environment";

const VALUE_SOURCES: ReadonlyMap<string, SourceSpec> = new Map([
  ["sys.argv", { label: "sys.argv", words: "a command-line argument", level: "operator", trust: 0.8 }],
  ["os.environ", { label: "os.environ", words: ENVIRONMENT, level: "operator", trust: 0.6 }],
  ["os.environb", { label: "os.environb", words: ENVIRONMENT, level: "operator", trust: 0.6 }],
  ["sys.stdin", { label: "sys.stdin", words: "standard input", level: "operator", trust: 0.7 }],
]);

function spec(label: string, words: string, level: TrustLevel, trust: number): SourceSpec {
  return { label, words, level, trust };
}

const FILE = "the contents of a local file";
const STORED_ROW = "a row read from the database";
const RESPONSE = "the response of an outbound HTTP call";

const CALL_SOURCES: ReadonlyMap<string, SourceSpec> = new Map([
  ["input", spec("input()", "what the user types at the terminal", "operator", 0.8)],
  ["raw_input", spec("raw_input()", "what the user types at the terminal", "operator", 0.8)],
  ["open", spec("open()", FILE, "operator", 0.55)],
  ["io.open", spec("io.open()", FILE, "operator", 0.55)],
  ["codecs.open", spec("codecs.open()", FILE, "operator", 0.55)],
  ["urllib.request.urlopen", spec("urlopen()", RESPONSE, "remote", 0.6)],
  ["urllib2.urlopen", spec("urlopen()", RESPONSE, "remote", 0.6)],
  ["urlopen", spec("urlopen()", RESPONSE, "remote", 0.6)],
]);

/** Reads of one environment variable, named by their first argument. */
const ENV_CALLS = new Set(["os.getenv", "os.getenvb", "os.environ.get", "os.environb.get"]);

/** A kind of source whose label comes from the code that reads it. */
interface SourceKind {
  readonly words: string;
  readonly level: TrustLevel;
  readonly trust: number;
}

const ARCHIVE: SourceKind = { words: "the entry names of an archive", level: "remote", trust: 0.7 };
const NETWORK: SourceKind = { words: "data received from the network", level: "remote", trust: 0.6 };
const WEBSOCKET: SourceKind = { words: "a WebSocket message", level: "remote", trust: 0.9 };
const ARGPARSE: SourceKind = { words: "a command-line argument (argparse)", level: "operator", trust: 0.8 };
const STORED: SourceKind = { words: STORED_ROW, level: "stored", trust: 0.6 };

/** What fills the parameters of an entry point (handlers.ts): a web request, or a task queue's message. */
export const ENTRY_SOURCES: Readonly<Record<"route" | "task", SourceKind>> = {
  route: { words: "a request parameter the framework passes to the handler", level: "remote", trust: 0.85 },
  task: { words: "a task argument taken from a queue message", level: "remote", trust: 0.85 },
};

/** Sources known by the method's name whatever the receiver: `sock.recv()`, `zf.namelist()`. */
const METHOD_SOURCES: ReadonlyMap<string, SourceKind> = new Map([
  // Names inside a zip or tar file are whatever its author wrote, `../` included (zip slip).
  ["infolist", ARCHIVE],
  ["namelist", ARCHIVE],
  ["getmembers", ARCHIVE],
  ["getnames", ARCHIVE],
  ["recv", NETWORK],
  ["recvfrom", NETWORK],
  ["recv_into", NETWORK],
  ["recvmsg", NETWORK],
  // Starlette/FastAPI WebSocket reads.
  ["receive_text", WEBSOCKET],
  ["receive_json", WEBSOCKET],
  ["receive_bytes", WEBSOCKET],
  // aiohttp WebSocket reads.
  ["receive_str", WEBSOCKET],
  // `parser.parse_args()`: every attribute of the namespace is a command-line argument.
  ["parse_args", ARGPARSE],
  ["parse_known_args", ARGPARSE],
  // DB-API cursor reads: rows stored earlier, possibly by an attacker (second-order flows).
  ["fetchone", STORED],
  ["fetchall", STORED],
  ["fetchmany", STORED],
  // asyncpg (and the `databases` package): one row, or one value of it.
  ["fetchrow", STORED],
  ["fetchval", STORED],
  // A MongoDB document read back (pymongo, motor): what it holds was stored earlier, not the filter's values.
  ["find_one", STORED],
]);

/** Sources known by a pattern on the canonical callee. */
const CALLEE_SOURCES: readonly { readonly callee: RegExp; readonly kind: SourceKind }[] = [
  {
    callee: /^(?:self\.|flask\.|quart\.)?request\.(?:get_json|json)$/,
    kind: { words: "the request's JSON body", level: "remote", trust: 0.9 },
  },
  {
    // aiohttp reads the body with awaited methods: `await request.post()`, `.text()`, `.read()`.
    callee: /^(?:self\.|flask\.|quart\.)?request\.(?:get_data|body|form|read|post|text|multipart)$/,
    kind: { words: "the request's body", level: "remote", trust: 0.9 },
  },
  {
    callee: /^(?:requests|httpx|session|self\.session)\.(?:get|post|put|patch|delete|head|options|request)$/,
    kind: { words: RESPONSE, level: "remote", trust: 0.6 },
  },
  // An aiohttp WebSocket: what `async for msg in ws` yields (and `ws.receive()` returns) is the peer's message.
  { callee: /^aiohttp\.web(?:_ws)?\.WebSocketResponse$/, kind: WEBSOCKET },
  // ORM reads: a Django manager (`Upload.objects.get(...)`), get_object_or_404, an SQLAlchemy
  // session. `.get` alone is every dict's (Flask's `session` too), so only a manager's counts.
  {
    callee:
      /(?:^|\.)(?:objects\.(?:get|filter|exclude|all|first|last|get_or_create|values|values_list|order_by|raw)|session\.(?:query|scalar|scalars)|get_object_or_404|get_list_or_404)$/,
    kind: STORED,
  },
  // Flask-SQLAlchemy's query property on a model class: `Webhook.query.filter_by(...)`, `User.query.get(id)`.
  {
    callee:
      /(?<!\w)[A-Z]\w*\.query\.(?:filter_by|filter|get|get_or_404|first_or_404|all|first|one|one_or_none|order_by|paginate)$/,
    kind: STORED,
  },
];

/** `os.environ["HOME"]` or `os.environ.get(name)`: the variable named when the key is visible. */
export function environmentSource(dotted: string, key: string | undefined): SourceSpec {
  const named = key === undefined ? undefined : /^(['"])(.*)\1$/.exec(key)?.[2];
  const words =
    named !== undefined
      ? `the environment variable ${named}`
      : key !== undefined
        ? `the environment variable named by ${key}`
        : ENVIRONMENT;
  const label =
    key === undefined
      ? dotted
      : dotted.endsWith(".get") || dotted.startsWith("os.getenv")
        ? `${dotted}(${key})`
        : `${dotted}[${key}]`;
  return spec(label, words, "operator", 0.6);
}

export function valueSource(dotted: string): SourceSpec | undefined {
  const field = REQUEST_ATTR.exec(dotted)?.[1];
  if (field !== undefined) {
    const label = dotted.replace(/^\w+\.(?=request\.)/, "");
    return spec(label, REQUEST_FIELDS.get(field) ?? "the request", "remote", 0.9);
  }
  return VALUE_SOURCES.get(dotted);
}

/** An origin read from the environment (all their words start alike, see environmentSource). */
export function fromEnvironment(words: string | undefined): boolean {
  return words?.startsWith(ENVIRONMENT) === true;
}

/** True for the mappings whose constant-key subscripts name an environment variable. */
export function isEnvironment(dotted: string): boolean {
  return dotted === "os.environ" || dotted === "os.environb";
}

/**
 * `method` is the last name of an attribute callee, for receiver-independent
 * sources such as `sock.recv()`; `firstArg` is the text of the first argument,
 * which names the variable of an environment read.
 */
export function callSource(
  dotted: string,
  method: string | undefined,
  firstArg?: string,
): SourceSpec | undefined {
  const known = CALL_SOURCES.get(dotted);
  if (known) return known;
  if (ENV_CALLS.has(dotted)) return environmentSource(dotted, firstArg);
  for (const { callee, kind } of CALLEE_SOURCES) {
    if (callee.test(dotted)) return { label: `${dotted.replace(/^\w+\.(?=request\.)/, "")}()`, ...kind };
  }
  const byMethod = method === undefined ? undefined : METHOD_SOURCES.get(method);
  return byMethod === undefined ? undefined : { label: `.${method ?? ""}()`, ...byMethod };
}

/** Calls whose result carries no attacker-controlled text, whatever their arguments. */
const NUMBER_CONVERSIONS = new Set(["int", "float", "bool"]);
export const NOT_SESSION: readonly SinkKind[] = ALL_SINKS.filter((k) => k !== "session");

const CLEAN_CALLS = new Set([
  "len",
  "abs",
  "round",
  "ord",
  "hash",
  "id",
  "isinstance",
  "issubclass",
  "hasattr",
  "callable",
  "range",
  "enumerate_count",
  "uuid.uuid4",
  "uuid.UUID",
  "decimal.Decimal",
  "datetime.date.fromisoformat",
  "url_for",
  "flask.url_for",
  "reverse",
  "django.urls.reverse",
]);

/** Method names whose result is a boolean or a number, never text. */
const CLEAN_METHODS = new Set([
  "isdigit",
  "isalnum",
  "isalpha",
  "isnumeric",
  "isdecimal",
  "isidentifier",
  "startswith",
  "endswith",
  "count",
  "find",
  "index",
  "rfind",
  "hexdigest",
  "digest",
]);

const SANITISERS: ReadonlyMap<string, readonly SinkKind[]> = new Map<string, readonly SinkKind[]>([
  ["shlex.quote", ["shell"]],
  ["pipes.quote", ["shell"]],
  ["shlex.join", ["shell"]],
  ["html.escape", ["html"]],
  ["cgi.escape", ["html"]],
  ["markupsafe.escape", ["html"]],
  ["flask.escape", ["html"]],
  ["jinja2.escape", ["html"]],
  ["escape", ["html"]],
  ["bleach.clean", ["html"]],
  ["django.utils.html.escape", ["html"]],
  // A value signed with the site's secret comes back only as the server signed it (BadSignature otherwise):
  // the server chose the destination, the request only carried it.
  ["django.core.signing.loads", ["redirect", "url"]],
  ["conditional_escape", ["html"]],
  ["django.utils.html.conditional_escape", ["html"]],
  // format_html escapes every value it inserts (Django's documented replacement for mark_safe(f"...")).
  ["django.utils.html.format_html", ["html"]],
  ["format_html", ["html"]],
  ["django.utils.html.format_html_join", ["html"]],
  ["xml.sax.saxutils.escape", ["html", "xpath"]],
  ["os.path.basename", ["path"]],
  ["werkzeug.utils.secure_filename", ["path"]],
  ["secure_filename", ["path"]],
  ["werkzeug.utils.safe_join", ["path"]],
  // Werkzeug 2.x keeps safe_join in werkzeug.security (None for a path that leaves the base).
  ["werkzeug.security.safe_join", ["path"]],
  // Both keep only characters of one file name: no separator survives.
  ["django.utils.text.get_valid_filename", ["path"]],
  ["pathvalidate.sanitize_filename", ["path"]],
  ["flask.safe_join", ["path"]],
  ["safe_join", ["path"]],
  ["django.utils._os.safe_join", ["path"]],
  // Django's template engine escapes every variable unless the template itself opts out.
  ["django.template.loader.render_to_string", ["html"]],
  ["django.shortcuts.render", ["html"]],
  // Flask renders both through its autoescaping Jinja environment; a template written from input is
  // reported where render_template_string takes it, so the page it returns is not reported again.
  ["flask.render_template", ["html"]],
  ["render_template", ["html"]],
  ["flask.render_template_string", ["html"]],
  ["render_template_string", ["html"]],
  ["urllib.parse.quote", ["url", "redirect", "shell"]],
  ["urllib.parse.quote_plus", ["url", "redirect", "shell"]],
  ["ldap.filter.escape_filter_chars", ["ldap"]],
  ["escape_filter_chars", ["ldap"]],
  ["ldap3.utils.conv.escape_filter_chars", ["ldap"]],
  ["bonsai.escape_filter_exp", ["ldap"]],
  ["bonsai.utils.escape_filter_exp", ["ldap"]],
  ["ldap.dn.escape_dn_chars", ["ldap"]],
  // A distinguished name's value part, escaped for the DN a bind, modify or delete names.
  ["ldap3.utils.dn.escape_rdn", ["ldap"]],
  ["escape_rdn", ["ldap"]],
  // filter_format(template, values) escapes each value as it puts it in.
  ["ldap.filter.filter_format", ["ldap"]],
  ["re.escape", ["regex"]],
  ["psycopg2.sql.Identifier", ["sql"]],
  ["psycopg2.sql.Literal", ["sql"]],
  ["sql.Identifier", ["sql"]],
  ["sql.Literal", ["sql"]],
  ["str", ["nosql"]],
  // The SQL rule reports text(tainted) where the string becomes SQL; what it returns is not reported again.
  ["sqlalchemy.text", ["sql"]],
  ["sqlalchemy.sql.text", ["sql"]],
  ["sqlalchemy.sql.expression.text", ["sql"]],
]);

/** Methods or functions that quote an SQL identifier, on any receiver. */
const IDENTIFIER_QUOTERS: ReadonlySet<string> = new Set([
  "quote_name",
  "quote_identifier",
  "quote_ident",
  "escape_identifier",
]);

export type CallEffect =
  { readonly kind: "clean" } | { readonly kind: "sanitise"; readonly sinks: readonly SinkKind[] };

export function callEffect(dotted: string, method: string | undefined): CallEffect | undefined {
  // `int(form["tenant"])`: a number carries no syntax for any sink, but it is still the value the user
  // chose, and the session's trust boundary is about who chose it.
  if (NUMBER_CONVERSIONS.has(dotted)) return { kind: "sanitise", sinks: NOT_SESSION };
  if (CLEAN_CALLS.has(dotted) || dotted.startsWith("hashlib.") || dotted.startsWith("secrets.")) {
    return { kind: "clean" };
  }
  const sinks = SANITISERS.get(dotted);
  if (sinks) return { kind: "sanitise", sinks };
  if (method !== undefined && CLEAN_METHODS.has(method)) return { kind: "clean" };
  // Identifier quoting (Django's `connection.ops.quote_name(table)`, `quote_identifier`):
  // table and column names cannot be bound parameters, and this is how they are made safe.
  const last = method ?? dotted.slice(dotted.lastIndexOf(".") + 1);
  if (IDENTIFIER_QUOTERS.has(last)) return { kind: "sanitise", sinks: ["sql"] };
  // boto3's `client.generate_presigned_url(...)` signs a link on the storage service's own host:
  // the object key chooses a path there, never where the link leads.
  if (method === "generate_presigned_url" || method === "generate_presigned_post")
    return { kind: "sanitise", sinks: ["redirect", "url"] };
  // Django's Signer/TimestampSigner and itsdangerous's Signer: `unsign` hands back the signed text, which
  // only the server could sign, or raises BadSignature.
  if (method === "unsign" || method === "unsign_object")
    return { kind: "sanitise", sinks: ["redirect", "url"] };
  if (method === "escape_string" || method === "escape_filter_chars") {
    return { kind: "sanitise", sinks: method === "escape_string" ? ["sql"] : ["ldap"] };
  }
  return undefined;
}

/** Calls that leave the function: the code after them in the same block never runs. */
export const EXITING_CALLS = new Set(["abort", "flask.abort", "sys.exit", "exit", "quit", "os._exit"]);

/** Methods that put their argument inside the receiver (`parts.append(x)` taints `parts`). */
export const MUTATORS = new Set([
  "append",
  "extend",
  "insert",
  "update",
  "add",
  "setdefault",
  "write",
  "writelines",
  "appendleft",
]);

/**
 * True when the file's text mentions some known untrusted input. Rules whose
 * findings on values of unknown origin stay below the default reporting
 * threshold skip the data flow of files without any, which is most files.
 */
export function mayHaveSources(text: string): boolean {
  // Several rules ask about the same file in a row.
  if (text !== lastText) {
    lastText = text;
    lastAnswer = UNTRUSTED_MARKER.test(text);
  }
  return lastAnswer;
}

let lastText = "";
let lastAnswer = false;

const UNTRUSTED_MARKER =
  /\brequest\b|\.fetch(?:one|all|many)\b|\.objects\.|_or_404\b|\.query\.(?:filter_by|filter|get|all|first|one|order_by|paginate)\b|\bsession\.(?:query|scalars?)\b|\bargv\b|parse_(?:known_)?args|infolist|namelist|getmembers|getnames|environ|getenv|\binput\s*\(|raw_input|\.recv|receive_(?:text|json|bytes|str)|WebSocketResponse|urlopen|\brequests\.|\bhttpx\b|\bstdin\b|@\w+\.(?:route|get|post|put|patch|delete|api_route)\b/;
