import type { SinkKind } from "./taint.js";

/**
 * Known untrusted inputs by canonical dotted name, with how sure we are an
 * attacker controls them. Web input is the strongest; environment and files
 * are often operator-controlled, so they stay just above the default
 * reporting threshold (0.5) only when they reach a dangerous sink directly.
 */
export interface SourceSpec {
  readonly label: string;
  readonly trust: number;
}

const REQUEST_FIELDS =
  "args|form|values|json|cookies|headers|data|files|GET|POST|COOKIES|META|body|FILES|query_params|path_params|query_string|full_path|url|stream|environ|rel_url|query|match_info";

/** `request.args`, `self.request.GET`: attribute reads that are web input. */
const REQUEST_ATTR = new RegExp(`^(?:self\\.|flask\\.|bottle\\.|quart\\.)?request\\.(?:${REQUEST_FIELDS})$`);

const VALUE_SOURCES: ReadonlyMap<string, SourceSpec> = new Map([
  ["sys.argv", { label: "a command-line argument (sys.argv)", trust: 0.8 }],
  ["os.environ", { label: "an environment variable", trust: 0.6 }],
  ["os.environb", { label: "an environment variable", trust: 0.6 }],
  ["sys.stdin", { label: "standard input", trust: 0.7 }],
]);

const CALL_SOURCES: ReadonlyMap<string, SourceSpec> = new Map([
  ["input", { label: "input()", trust: 0.8 }],
  ["raw_input", { label: "raw_input()", trust: 0.8 }],
  ["os.getenv", { label: "an environment variable", trust: 0.6 }],
  ["os.getenvb", { label: "an environment variable", trust: 0.6 }],
  ["open", { label: "file contents", trust: 0.55 }],
  ["io.open", { label: "file contents", trust: 0.55 }],
  ["codecs.open", { label: "file contents", trust: 0.55 }],
  ["urllib.request.urlopen", { label: "a network response (urlopen)", trust: 0.6 }],
  ["urllib2.urlopen", { label: "a network response (urlopen)", trust: 0.6 }],
  ["urlopen", { label: "a network response (urlopen)", trust: 0.6 }],
]);

const HTTP_CLIENTS =
  /^(?:requests|httpx|session|self\.session)\.(?:get|post|put|patch|delete|head|options|request)$/;
const REQUEST_CALL = /^(?:self\.|flask\.|quart\.)?request\.(?:get_json|get_data|json|body|form|read)$/;
const ARCHIVE_LISTINGS = new Set(["infolist", "namelist", "getmembers", "getnames"]);
const NETWORK_METHODS = new Set(["recv", "recvfrom", "recv_into", "recvmsg"]);

export function valueSource(dotted: string): SourceSpec | undefined {
  if (REQUEST_ATTR.test(dotted)) return { label: dotted.replace(/^\w+\.(?=request\.)/, ""), trust: 0.9 };
  return VALUE_SOURCES.get(dotted);
}

/** `method` is the last name of an attribute callee, for receiver-independent sources such as `sock.recv()`. */
export function callSource(dotted: string, method: string | undefined): SourceSpec | undefined {
  const known = CALL_SOURCES.get(dotted);
  if (known) return known;
  if (REQUEST_CALL.test(dotted))
    return { label: `${dotted.replace(/^\w+\.(?=request\.)/, "")}()`, trust: 0.9 };
  if (HTTP_CLIENTS.test(dotted)) return { label: `an HTTP response (${dotted})`, trust: 0.6 };
  // Names inside a zip or tar file are whatever its author wrote, `../` included (zip slip).
  if (method !== undefined && ARCHIVE_LISTINGS.has(method))
    return { label: `archive entry names (.${method}())`, trust: 0.7 };
  // `parser.parse_args()`: every attribute of the namespace is a command-line argument.
  if (method === "parse_args" || method === "parse_known_args")
    return { label: "a command-line argument (argparse)", trust: 0.8 };
  if (method !== undefined && NETWORK_METHODS.has(method))
    return { label: `network data (.${method}())`, trust: 0.6 };
  return undefined;
}

/** Calls whose result carries no attacker-controlled text, whatever their arguments. */
const CLEAN_CALLS = new Set([
  "int",
  "float",
  "bool",
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
  ["conditional_escape", ["html"]],
  ["django.utils.html.conditional_escape", ["html"]],
  ["xml.sax.saxutils.escape", ["html", "xpath"]],
  ["os.path.basename", ["path"]],
  ["werkzeug.utils.secure_filename", ["path"]],
  ["secure_filename", ["path"]],
  ["werkzeug.utils.safe_join", ["path"]],
  ["flask.safe_join", ["path"]],
  ["safe_join", ["path"]],
  ["urllib.parse.quote", ["url", "redirect", "shell"]],
  ["urllib.parse.quote_plus", ["url", "redirect", "shell"]],
  ["ldap.filter.escape_filter_chars", ["ldap"]],
  ["escape_filter_chars", ["ldap"]],
  ["ldap3.utils.conv.escape_filter_chars", ["ldap"]],
  ["ldap.dn.escape_dn_chars", ["ldap"]],
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

export type CallEffect =
  { readonly kind: "clean" } | { readonly kind: "sanitise"; readonly sinks: readonly SinkKind[] };

export function callEffect(dotted: string, method: string | undefined): CallEffect | undefined {
  if (CLEAN_CALLS.has(dotted) || dotted.startsWith("hashlib.") || dotted.startsWith("secrets.")) {
    return { kind: "clean" };
  }
  const sinks = SANITISERS.get(dotted);
  if (sinks) return { kind: "sanitise", sinks };
  if (method !== undefined && CLEAN_METHODS.has(method)) return { kind: "clean" };
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
  /\brequest\b|\bargv\b|parse_(?:known_)?args|infolist|namelist|getmembers|getnames|environ|getenv|\binput\s*\(|raw_input|\.recv|urlopen|\brequests\.|\bhttpx\b|\bstdin\b|@\w+\.(?:route|get|post|put|patch|delete|api_route)\b/;
