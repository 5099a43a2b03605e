import type { PolicyView, ViewCall } from "./policy-view.js";
import { PREDICTABLE } from "../../rules/shared/predictable.js";

/** One thing a rule's fix policy refuses: a test over what the fix wrote, and the reason given. */
export interface PolicyCheck {
  readonly refuses: string;
  readonly test: (view: PolicyView) => boolean;
}

const calleeIs = (view: PolicyView, pattern: RegExp): ViewCall | undefined =>
  view.calls.find((c) => pattern.test(c.callee));
const REPLACE = /(?:^|\.)(?:replace|replaceAll|sub|gsub|translate|strip|lstrip|rstrip)$/;

/** A `replace`/`re.sub` whose literal arguments hold one of the characters. */
function replacesAny(view: PolicyView, chars: RegExp): boolean {
  return view.calls.some(
    (c) => REPLACE.test(c.callee) && c.argTexts.some((t) => /^[rbuRBU]?["'`/]/.test(t) && chars.test(t)),
  );
}

export const ESCAPES_SQL: PolicyCheck = {
  refuses: "escapes or quotes values into the SQL text instead of passing them as parameters",
  test: (v) =>
    replacesAny(v, /'|\\|;|--|"/) ||
    (calleeIs(
      v,
      /(?<![^.])(?:escape\w*|\w*_escape|quote|quote_plus|sqlquote|escape_string|real_escape_string|mogrify|literal|sqlstring\.\w+|format)$/i,
    ) !== undefined &&
      !v.calls.some((c) => /(?:^|\.)(?:Identifier|quote_ident)$/.test(c.callee))),
};

export const QUOTES_SHELL: PolicyCheck = {
  refuses: "quotes or filters the command string for a shell instead of passing an argument list",
  test: (v) =>
    calleeIs(v, /(?<![^.])(?:quote|escape\w*|escapeshellarg|shellescape|shell_quote|escapeShellArg)$/i) !==
      undefined || replacesAny(v, /[;|&$`<>]/),
};

export const RUNS_SHELL: PolicyCheck = {
  refuses: "still runs the command through a shell",
  test: (v) =>
    v.settings.some((s) => /^shell(?:=|:)(?!False\b|false\b|None\b|undefined\b|null\b)/.test(s)) ||
    calleeIs(
      v,
      /^(?:os\.system|os\.popen|subprocess\.getoutput|subprocess\.getstatusoutput|(?:\w+\.)?(?:exec|execSync))$/,
    ) !== undefined,
};

export const EVALUATES: PolicyCheck = {
  refuses: "still evaluates text as code (eval, exec, compile, Function, vm)",
  test: (v) =>
    calleeIs(
      v,
      /^(?:eval|exec|compile|execfile|Function|newFunction|(?:\w+\.)*(?:eval|runInThisContext|runInNewContext|runInContext|compileFunction|Script))$/,
    ) !== undefined || v.calls.some((c) => /^\(0,eval\)$|^Function$/.test(c.callee)),
};

/**
 * `Loader=` set to anything but a one-line value ending in `SafeLoader`; the
 * lookahead `(?!.*SafeLoader$)` said the same but read the rest of the text
 * inside a lookaround (test/regex-linearity.test.ts).
 */
function unsafeLoaderSetting(setting: string): boolean {
  if (!setting.startsWith("Loader=")) return false;
  const value = setting.slice("Loader=".length);
  return /[\n\r\u2028\u2029]/.test(value) || !value.endsWith("SafeLoader");
}

export const UNSAFE_LOADER: PolicyCheck = {
  refuses:
    "keeps a loader that builds arbitrary objects (use yaml.safe_load / SafeLoader or a data-only format)",
  test: (v) =>
    v.settings.some(unsafeLoaderSetting) ||
    calleeIs(v, /(?:^|\.)(?:unsafe_load|unsafe_load_all|full_load|full_load_all)$/) !== undefined ||
    v.calls.some(
      (c) =>
        /(?:^|\.)load(?:_all)?$/.test(c.callee) &&
        /yaml/.test(c.callee) &&
        !c.argTexts.some((t) => /SafeLoader$/.test(t)),
    ),
};

export const OBJECT_DESERIALISER: PolicyCheck = {
  refuses: "swaps one object deserialiser for another (dill, marshal, shelve, jsonpickle, pickle)",
  test: (v) =>
    calleeIs(
      v,
      /^(?:dill|marshal|shelve|cloudpickle|jsonpickle|pickle|cPickle|_pickle|joblib|node-serialize|serialize)\./,
    ) !== undefined ||
    v.names.some((n) => /^(?:dill|marshal|shelve|cloudpickle|jsonpickle)\./.test(n)) ||
    calleeIs(v, /(?:^|\.)(?:unserialize|read_pickle)$/) !== undefined,
};

export const HASHES_PREDICTABLE: PolicyCheck = {
  refuses:
    "hashes a predictable value (a stronger hash of it is still predictable; use a secure random source)",
  test: (v) =>
    v.calls.some(
      (c) =>
        /(?<![^.])(?:md5|sha1|sha224|sha256|sha384|sha512|sha3_\w+|blake2\w|new|createHash|createHmac)$/.test(
          c.callee,
        ) &&
        (c.argTexts.some((t) => PREDICTABLE.test(t)) ||
          v.calls.some(
            (u) => /(?:^|\.)update$/.test(u.callee) && u.argTexts.some((t) => PREDICTABLE.test(t)),
          )),
    ),
};

export const WEAK_RANDOM: PolicyCheck = {
  refuses: "draws the token from a predictable generator (random, Math.random, a reseeded Mersenne Twister)",
  test: (v) =>
    calleeIs(
      v,
      /^(?:random\.(?:random|randint|randrange|choice|choices|sample|getrandbits|uniform|seed|shuffle)|Math\.random|random\.Random)$/,
    ) !== undefined || v.calls.some((c) => /(?:^|\.)seed$/.test(c.callee)),
};

export const NO_SECURE_SOURCE: PolicyCheck = {
  refuses:
    "does not take the value from a secure random source (secrets, os.urandom, crypto.randomBytes / randomUUID / getRandomValues)",
  test: (v) =>
    !v.calls.some(
      (c) =>
        /(?:^|\.)(?:token_urlsafe|token_hex|token_bytes|randbelow|choice|urandom|randomBytes|randomUUID|getRandomValues|randomInt|uuid4|SystemRandom|randbits)$/.test(
          c.callee,
        ) && !/^random\.(?:choice|randbits)$/.test(c.callee),
    ),
};

export const LITERAL_SECRET: PolicyCheck = {
  refuses:
    "keeps the secret in the source (split, encoded or moved), instead of reading it from the environment or a secret store",
  test: (v) =>
    calleeIs(v, /(?:^|\.)(?:b64decode|b32decode|a85decode|atob|fromhex|unhexlify|fromCharCode)$/) !==
      undefined ||
    v.calls.some((c) => c.callee === "Buffer.from" && c.argTexts.some((t) => /base64|hex/.test(t))) ||
    !v.names.some(
      (n) =>
        /(?<![^.])(?:environ|getenv|env|config|settings|secrets?|keyring|vault|credentials|getSecret\w*|get_secret\w*)(?:\.|\[|$)/i.test(
          n,
        ) || /os\.environ|process\.env/.test(n),
    ),
};

export const ENTITIES_ON: PolicyCheck = {
  refuses: "leaves external entities or DTD loading on",
  test: (v) =>
    v.settings.some((s) =>
      /^(?:resolve_entities=(?!False)|load_dtd=True|no_network=False|noent:(?!false)|dtdload:true|huge_tree=True)/.test(
        s,
      ),
    ) ||
    v.calls.some(
      (c) =>
        /setFeature$/.test(c.callee) &&
        c.argTexts.some((t) => /external|feature_external/.test(t)) &&
        c.argTexts.some((t) => /^(?:True|true|1)$/.test(t)),
    ),
};

export const VERIFICATION_OFF: PolicyCheck = {
  refuses:
    "leaves certificate verification switchable or off (move it to a variable, session or environment and it is still off)",
  test: (v) =>
    v.settings.some(
      (s) => /^verify=(?!True$|[rbuRBU]?["'])/.test(s) || /^rejectUnauthorized:(?!true$)/.test(s),
    ) ||
    v.assignments.some((a) =>
      /^[\w.[\]'"]*(?:verify|check_hostname|rejectUnauthorized|NODE_TLS_REJECT_UNAUTHORIZED)['"\]]*=(?!True$|true$)/i.test(
        a,
      ),
    ) ||
    v.names.some((n) => /CERT_NONE|_create_unverified_context|NODE_TLS_REJECT_UNAUTHORIZED/.test(n)) ||
    v.strings.some((s) => /^(?:NODE_TLS_REJECT_UNAUTHORIZED|PYTHONHTTPSVERIFY)$/.test(s)),
};

export const DOT_DOT_FILTER: PolicyCheck = {
  refuses:
    "filters '..' from the path (a deny-list) instead of resolving it and checking it stays under the base directory",
  test: (v) => v.strings.some((s) => s.includes("..")),
};

export const TAG_FILTER: PolicyCheck = {
  refuses: "strips or filters markup by hand instead of encoding on output",
  test: (v) =>
    v.strings.some((s) => /<\s*(?:\/\s*)?script|javascript:|onerror|onload/i.test(s)) ||
    replacesAny(v, /<|>/),
};

export const URL_PREFIX: PolicyCheck = {
  refuses:
    "tests the raw URL by prefix or substring instead of parsing it and comparing the host with an allow-list",
  test: (v) =>
    v.calls.some(
      (c) =>
        /(?:^|\.)(?:startsWith|startswith|endsWith|endswith|includes|indexOf|find|match|search|test)$/.test(
          c.callee,
        ) && c.argTexts.some((t) => /^[rbuRBU]?["'`].*(?::\/\/|^["'`]https?|\.(?:com|org|net|io)\b)/.test(t)),
    ),
};

export const COOKIE_FLAGS_OFF: PolicyCheck = {
  refuses: "sets a cookie flag off",
  test: (v) => v.settings.some((s) => /^(?:secure|httponly|httpOnly)(?:=|:)(?:False|false)$/.test(s)),
};

export const DEBUG_ON: PolicyCheck = {
  refuses: "keeps debug mode on",
  test: (v) =>
    v.settings.some((s) => /^debug(?:=|:)(?:True|true)$/.test(s)) ||
    v.assignments.some((a) => /DEBUG=True$/.test(a)),
};

export const WEAK_ALGORITHM: PolicyCheck = {
  refuses: "keeps a weak algorithm or mode",
  test: (v) =>
    v.strings.some((s) => /^(?:md5|sha1|des|des-ede3?|rc4|bf|blowfish|aes-\d+-ecb)$/i.test(s)) ||
    v.names.some((n) => /(?:^|\.)(?:MODE_ECB|DES|ARC4|Blowfish|md5|sha1)$/.test(n)),
};
