import type { RuleMeta } from "../../core/rule-meta.js";
import type { Severity } from "../../core/severity.js";
import { whyForFamily } from "../shared/cwe-families.js";
import { toolRuleMeta, type ToolRuleInfo } from "../shared/tool-rule.js";

/**
 * Bandit test id → our severity, CWE and family. Severities are ours, not
 * bandit's: "import subprocess" (B404) is not a finding worth a "low" in every
 * file, so informational checks are "info". CWEs follow bandit's own issue_cwe
 * where it is specific, and are sharper where it is generic (bandit files eval
 * under CWE-78; it is CWE-95).
 */
type Row = readonly [
  severity: Severity,
  cwe: readonly string[],
  family: string | undefined,
  title: string,
  howToFix: string,
];

const SHELL_FIX =
  "Pass the program and its arguments as a list with shell=False, and never build a command from outside input.";
const XML_FIX =
  "Parse untrusted XML with defusedxml (defusedxml.ElementTree and friends) instead of the standard library parser.";
const TLS_FIX = "Use ssl.create_default_context() and keep certificate and host name verification on.";
const HASH_FIX =
  "Use SHA-256 or stronger for integrity; for passwords use a slow hash (argon2, scrypt, bcrypt); pass usedforsecurity=False where the hash is not for security.";
const CLEARTEXT_FIX = "Use an encrypted protocol (SSH, SFTP, FTPS, HTTPS) instead.";

// prettier-ignore
const ROWS: Readonly<Record<string, Row>> = {
  // Asserts are everywhere in tests, where they are the right tool.
  B101: ["info", ["CWE-703"], undefined, "Assert used for a run-time check", "Raise an exception for conditions that must hold in production; asserts vanish under python -O."],
  B102: ["high", ["CWE-95"], "code-injection", "Use of exec", "Do not execute strings as code; dispatch on known values instead."],
  B103: ["medium", ["CWE-732"], "insecure-permissions", "Permissive file permissions", "Grant only the permissions needed (0o600 for private files, 0o755 at most for executables)."],
  B104: ["medium", ["CWE-605"], "bind-all-interfaces", "Binding to all interfaces", "Bind to a specific interface (127.0.0.1 for local services) and make the address configurable."],
  B105: ["high", ["CWE-798", "CWE-259"], "hardcoded-credentials", "Hard-coded password string", "Read the password from the environment or a secret manager, and rotate the one committed."],
  B106: ["high", ["CWE-798", "CWE-259"], "hardcoded-credentials", "Hard-coded password argument", "Read the password from the environment or a secret manager, and rotate the one committed."],
  B107: ["high", ["CWE-798", "CWE-259"], "hardcoded-credentials", "Hard-coded password default", "Do not give password parameters a default value; require the caller to supply one."],
  B108: ["medium", ["CWE-377"], "insecure-temp-file", "Hard-coded temporary directory", "Use tempfile.mkstemp() or tempfile.TemporaryDirectory() instead of fixed paths under /tmp."],
  B110: ["low", ["CWE-703"], "swallowed-exception", "Exception swallowed with pass", "Catch the specific exception you expect and log or handle it."],
  B112: ["low", ["CWE-703"], "swallowed-exception", "Exception swallowed with continue", "Catch the specific exception you expect and log or handle it."],
  B113: ["medium", ["CWE-400"], "missing-timeout", "HTTP request without a timeout", "Pass timeout= to every requests call so a slow server cannot hang the worker."],
  B201: ["high", ["CWE-94", "CWE-489"], "debug-mode", "Flask app run with debug=True", "Never enable the Werkzeug debugger outside development: it runs arbitrary code from the browser."],
  B202: ["high", ["CWE-22"], "path-traversal", "tarfile.extractall without member checks", "Validate member names (or use filter='data' on Python 3.12+) before extracting archives."],
  B301: ["high", ["CWE-502"], "insecure-deserialization", "Deserialisation with pickle", "Use JSON or another data-only format for untrusted data; pickle can run code."],
  B302: ["high", ["CWE-502"], "insecure-deserialization", "Deserialisation with marshal", "Use JSON or another data-only format for untrusted data."],
  B303: ["medium", ["CWE-328", "CWE-327"], "weak-hash", "Weak hash (MD5 or SHA-1)", HASH_FIX],
  B304: ["high", ["CWE-327"], "weak-cipher", "Insecure cipher", "Use AES-GCM or ChaCha20-Poly1305 from the cryptography package."],
  B305: ["medium", ["CWE-327"], "weak-cipher", "Insecure cipher mode (ECB)", "Use an authenticated mode such as GCM."],
  B306: ["medium", ["CWE-377"], "insecure-temp-file", "Insecure tempfile.mktemp", "Use tempfile.mkstemp() or NamedTemporaryFile(), which create the file atomically."],
  B307: ["high", ["CWE-95"], "code-injection", "Use of eval", "Use ast.literal_eval for literals, or parse the input explicitly; never eval outside input."],
  B308: ["medium", ["CWE-79"], "xss", "Django mark_safe", "Escape the text (format_html) instead of marking it safe."],
  B309: ["medium", ["CWE-295"], "tls-verification", "HTTPSConnection without certificate checks", TLS_FIX],
  B310: ["medium", ["CWE-22"], "url-scheme", "urlopen with an unchecked URL scheme", "Allow only http and https URLs before opening them; urlopen also reads file:// URLs."],
  B311: ["low", ["CWE-330"], "insecure-random", "Non-cryptographic random generator", "Use the secrets module for tokens, passwords and keys."],
  B312: ["high", ["CWE-319"], "cleartext-transmission", "Telnet use", CLEARTEXT_FIX],
  B313: ["medium", ["CWE-611"], "xxe", "XML parsing vulnerable to entity attacks", XML_FIX],
  B314: ["medium", ["CWE-611"], "xxe", "XML parsing vulnerable to entity attacks", XML_FIX],
  B315: ["medium", ["CWE-611"], "xxe", "XML parsing vulnerable to entity attacks", XML_FIX],
  B316: ["medium", ["CWE-611"], "xxe", "XML parsing vulnerable to entity attacks", XML_FIX],
  B317: ["medium", ["CWE-611"], "xxe", "XML parsing vulnerable to entity attacks", XML_FIX],
  B318: ["medium", ["CWE-611"], "xxe", "XML parsing vulnerable to entity attacks", XML_FIX],
  B319: ["medium", ["CWE-611"], "xxe", "XML parsing vulnerable to entity attacks", XML_FIX],
  B320: ["medium", ["CWE-611"], "xxe", "XML parsing vulnerable to entity attacks", XML_FIX],
  B321: ["high", ["CWE-319"], "cleartext-transmission", "FTP use", CLEARTEXT_FIX],
  // Bandit 1.6 flags every input() call; only Python 2's input() evaluates what it reads.
  B322: ["info", ["CWE-95"], undefined, "input() (evaluates its input on Python 2 only)", "Nothing to do on Python 3; on Python 2 use raw_input()."],
  B323: ["high", ["CWE-295"], "tls-verification", "Unverified SSL context", TLS_FIX],
  B324: ["medium", ["CWE-328", "CWE-327"], "weak-hash", "Weak hash via hashlib.new", HASH_FIX],
  B325: ["medium", ["CWE-377"], "insecure-temp-file", "Insecure os.tempnam", "Use tempfile.mkstemp() instead."],
  B401: ["info", ["CWE-319"], "cleartext-transmission", "Telnet module imported", CLEARTEXT_FIX],
  B402: ["info", ["CWE-319"], "cleartext-transmission", "FTP module imported", CLEARTEXT_FIX],
  B403: ["info", ["CWE-502"], "insecure-deserialization", "Pickle module imported", "Make sure pickle only ever reads data this program wrote itself."],
  B404: ["info", ["CWE-78"], "command-injection", "Subprocess module imported", "Make sure no command is built from outside input."],
  B405: ["info", ["CWE-611"], "xxe", "Vulnerable XML module imported", XML_FIX],
  B406: ["info", ["CWE-611"], "xxe", "Vulnerable XML module imported", XML_FIX],
  B407: ["info", ["CWE-611"], "xxe", "Vulnerable XML module imported", XML_FIX],
  B408: ["info", ["CWE-611"], "xxe", "Vulnerable XML module imported", XML_FIX],
  B409: ["info", ["CWE-611"], "xxe", "Vulnerable XML module imported", XML_FIX],
  B410: ["info", ["CWE-611"], "xxe", "Vulnerable XML module imported", XML_FIX],
  B411: ["high", ["CWE-611"], "xxe", "xmlrpc vulnerable to XML attacks", "Call defusedxml.xmlrpc.monkey_patch() before using xmlrpc."],
  B412: ["high", ["CWE-284"], "httpoxy", "CGI handler vulnerable to httpoxy", "Do not use wsgiref.handlers.CGIHandler or twisted's CGIScript behind a proxy."],
  B413: ["high", ["CWE-327"], "weak-cipher", "Unmaintained pyCrypto imported", "Use the cryptography package; pyCrypto is unmaintained and has known flaws."],
  B415: ["high", ["CWE-319"], "cleartext-transmission", "IPMI library imported", "IPMI is insecure; use an encrypted management protocol."],
  B501: ["high", ["CWE-295"], "tls-verification", "Request with certificate checks disabled", "Remove verify=False; to trust a private CA, pass verify='/path/to/ca.pem'."],
  B502: ["high", ["CWE-327"], "weak-tls", "SSL/TLS with a broken protocol version", "Use ssl.PROTOCOL_TLS_CLIENT with a minimum version of TLS 1.2."],
  B503: ["medium", ["CWE-327"], "weak-tls", "Function default allows a broken TLS version", "Use ssl.PROTOCOL_TLS_CLIENT with a minimum version of TLS 1.2."],
  B504: ["low", ["CWE-327"], "weak-tls", "SSL socket without a protocol version", "Use an ssl.SSLContext with a minimum version of TLS 1.2."],
  B505: ["high", ["CWE-326"], "weak-cipher", "Cryptographic key too short", "Use RSA/DSA keys of at least 2048 bits and EC keys of at least 224 bits."],
  B506: ["high", ["CWE-502"], "insecure-deserialization", "yaml.load without a safe loader", "Use yaml.safe_load, or yaml.load(..., Loader=yaml.SafeLoader)."],
  B507: ["high", ["CWE-295"], "tls-verification", "SSH host key not verified", "Use paramiko's RejectPolicy and a known_hosts file instead of AutoAddPolicy."],
  B508: ["medium", ["CWE-319"], "cleartext-transmission", "Insecure SNMP version", "Use SNMPv3 with authentication and privacy."],
  B509: ["medium", ["CWE-319"], "cleartext-transmission", "SNMPv3 without encryption", "Set both an authentication and a privacy protocol."],
  B601: ["medium", ["CWE-78"], "command-injection", "Shell command through paramiko", "Do not build remote commands from outside input; quote every argument with shlex.quote."],
  B602: ["high", ["CWE-78"], "command-injection", "subprocess with shell=True", SHELL_FIX],
  B603: ["info", ["CWE-78"], "command-injection", "subprocess call: check for untrusted input", "Make sure the program and its arguments do not come from outside input."],
  B604: ["medium", ["CWE-78"], "command-injection", "Function call with shell=True", SHELL_FIX],
  B605: ["high", ["CWE-78"], "command-injection", "Process started with a shell", SHELL_FIX],
  B606: ["info", ["CWE-78"], "command-injection", "Process started without a shell", "Make sure the program and its arguments do not come from outside input."],
  B607: ["low", ["CWE-426"], "partial-executable-path", "Process started with a partial path", "Use the executable's absolute path so PATH cannot substitute another program."],
  B608: ["high", ["CWE-89"], "sql-injection", "SQL built from strings", "Pass values as query parameters (cursor.execute(sql, params)); never format them into the SQL."],
  B609: ["high", ["CWE-78", "CWE-155"], "command-injection", "Wildcard in a shell command", "Avoid shell wildcards in commands; list files in Python and pass them after '--'."],
  B610: ["medium", ["CWE-89"], "sql-injection", "Django QuerySet.extra", "Use the ORM's filters or parameterised raw queries instead of extra()."],
  B611: ["medium", ["CWE-89"], "sql-injection", "Django RawSQL", "Pass values through RawSQL's params argument, never into the SQL text."],
  B612: ["medium", ["CWE-94"], "code-injection", "logging.config.listen", "logging.config.listen() evaluates received configuration: pass a verify function or do not use it."],
  B613: ["high", ["CWE-838"], "trojan-source", "Bidirectional control characters in source", "Remove the Unicode bidirectional control characters: they make code read differently from how it runs."],
  B701: ["high", ["CWE-79"], "xss", "Jinja2 autoescape disabled", "Create the Environment with autoescape=select_autoescape() or True."],
  B702: ["medium", ["CWE-79"], "xss", "Mako templates without escaping", "Use default_filters=['h'] or another autoescaping template engine."],
  B703: ["medium", ["CWE-79"], "xss", "Django mark_safe on possibly unsafe text", "Escape the text (format_html) instead of marking it safe."],
  B704: ["medium", ["CWE-79"], "xss", "markupsafe.Markup on possibly unsafe text", "Escape the text with markupsafe.escape before wrapping it in Markup."],
};

export const BANDIT_TABLE_IDS: readonly string[] = Object.keys(ROWS);

/** Our view of a bandit test, or undefined for a test id this table does not know. */
export function banditRuleInfo(testId: string): ToolRuleInfo | undefined {
  const row = ROWS[testId];
  if (row === undefined) return undefined;
  const [severity, cwe, family, title, howToFix] = row;
  return {
    title,
    category: "security",
    severity,
    cwe,
    ...(family === undefined ? {} : { family }),
    why:
      whyForFamily(family) ??
      `Bandit reports this as a security weakness${cwe[0] === undefined ? "" : ` (${cwe[0]})`}.`,
    howToFix,
  };
}

/** Metadata of every bandit test in the table: the rules a bandit run can report. */
export function banditTableRules(): RuleMeta[] {
  return BANDIT_TABLE_IDS.flatMap((testId) => {
    const info = banditRuleInfo(testId);
    if (info === undefined) return [];
    return [
      toolRuleMeta({
        analyser: "bandit",
        id: `bandit/${testId}`,
        languages: ["python"],
        info,
        description: `Bandit check ${testId}: ${info.title}.`,
        confidence: 0.9,
        references: ["https://bandit.readthedocs.io/en/latest/plugins/index.html"],
      }),
    ];
  });
}
