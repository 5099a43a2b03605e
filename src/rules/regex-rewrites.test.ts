import { describe, expect, it } from "vitest";
import { parenthesisedData } from "./fix/eval.js";
import { hasCredentialAssignment } from "./js/hardcoded-credentials.js";
import { generatedIdName } from "./js/insecure-random.js";
import { readsIndexInto, writesIndex } from "./js/prototype-pollution.js";
import { positiveCheck } from "./js/dataflow/definitions.js";
import { hasSecretHint } from "./python/hardcoded-credentials.js";
import { hasCodeAfterJump } from "./python/unreachable-code.js";
import { annotatedType } from "./python/dataflow/handlers.js";
import { isConnectionSearch } from "./python/ldap-injection.js";
import { quotedSecret } from "../tools/shared/redact-secret.js";
import { namesMongoClient } from "./python/nosql-injection.js";
import { secondCharacterAllowed, secondCharacterRefused } from "./python/dataflow/guards.js";
import { exportedByText } from "./js/dataflow/exported-by-text.js";
import { JS_NAME_RUNS, PY_NAME_RUNS, lineNamesAfter, namesOneOf } from "./shared/name-runs.js";

/**
 * Pieces of `request.path` guards, in an order this generator mixes well
 * (about 400 texts match the `and` check, 2,400 the `or` one, and 380 hold
 * the name after a `not`). None ends in a dot: the rewrite no longer finds a
 * name after one (`x.request.path` is another name), where `\b` did.
 */
const GUARD_PIECES = [
  '.startswith("//"',
  "[1] !=",
  ".startswith( '/'",
  "not",
  "[1]x",
  "\n",
  "[1] in",
  "x",
  "request.path",
  "not\t request.path",
  "cannot",
  "[1] not in",
  " ",
  "(request.path",
  "not request.path",
  "[1:2]==",
];

/**
 * Checks that replaced a pattern which was not linear (test/regex-linearity.test.ts)
 * answer as that pattern did, on texts generated from the pieces that matter to
 * it (a fixed seed, so a failure repeats).
 */
const REWRITES: readonly [string, RegExp, (text: string) => boolean, readonly string[]][] = [
  [
    "js/hardcoded-credentials' file gate",
    /(pass|pwd|secret|token|key|credential)\w*["'\]]?(?:\s*:\s*string)?\s*[:=]\s*["'`]|:\/\/[^\s/:@]+:[^\s/@]+@/i,
    hasCredentialAssignment,
    [
      "pass",
      "Key",
      "token",
      "x",
      "_",
      " ",
      ":",
      "=",
      '"',
      "'",
      "`",
      "]",
      "string",
      "://",
      "@",
      "/",
      "\n",
      "PWD",
    ],
  ],
  [
    "js/insecure-random's made-id names",
    /(^|[^a-z])(generate|make|create|random|new)\w*id$/i,
    generatedIdName,
    ["new", "generate", "Make", "id", "Id", "x", "_", "1", ".", "-", "ID", "random"],
  ],
  [
    "js/prototype-pollution's alias read",
    /[\w$]\s*=\s*\(?\s*[\w$.]+\[[^\]]+\]/,
    readsIndexInto,
    ["a", "$", ".", "[", "]", "=", " ", "\n", ";", "(", "b.c", "\t"],
  ],
  [
    "js/prototype-pollution's index write",
    /[\w$]\[[^=;\n]+\]\s*=[^=]/,
    writesIndex,
    ["a", "$", ".", "[", "]", "=", "==", " ", "\n", ";", "x", "\t"],
  ],
  [
    "py/ldap-injection's connection receiver",
    /^[\w.]*(?:conn|connection|ldap|server)\w*\.search$/i,
    isConnectionSearch,
    ["conn", "LDAP", "server", ".", "search", ".search", "x", "_", "self", " "],
  ],
  [
    "py/nosql-injection's client names",
    /Mongo\w*Client|Motor\w*Client/i,
    namesMongoClient,
    ["Mongo", "motor", "Client", "x", "_", "1", ".", "(", " ", "AsyncIO"],
  ],
  [
    "js data flow's allow-list and checker calls",
    /^(?:[\w$.]+|\[[^\]]*\]|\/.+\/[a-z]*)\.(?:includes|has|test)\(\s*(?:new URL\(\s*([\w$.]+)\s*\)\.(?:hostname|host|origin)|([\w$.]+))\s*\)$|^[\w$.]*?(?:is[A-Z]\w*|[vV]alid\w*)\(\s*(?:new URL\(\s*([\w$.]+)\s*\)\.(?:hostname|host|origin)|([\w$.]+))\s*[,)]/,
    (text) => positiveCheck(text) !== null,
    [
      "isValid",
      "isA",
      "is",
      "valid",
      "Valid",
      "x",
      ".",
      "$",
      "(",
      ")",
      ",",
      " ",
      ".includes",
      ".has",
      "new URL(",
      ").host",
      "[",
      "]",
      "/",
    ],
  ],
  [
    "py/hardcoded-credentials' file gate",
    /(?:passw(?:or)?d|passwd|pwd|secret|secret_?key|token|api_?key|apikey|access_?key|private_?key|client_?secret|auth_?key|credentials?)["']?\]?\s*(?::\s*[\w[\], .]+)?\s*[:=]\s*[rbuRBU]?["'][^"'\s]{6,}/i,
    hasSecretHint,
    [
      "password",
      "Token",
      "secret_key",
      ":",
      "=",
      " ",
      "\t",
      "\n",
      "'",
      '"',
      "abcdefg",
      "x",
      "[",
      "]",
      ",",
      ".",
      "r",
      "!",
    ],
  ],
  [
    "python data flow's second-slash check (`and`), for request.path",
    /not\s+request\.path\.startswith\(\s*["']\/\/["']|\brequest\.path\[1(?::2)?\]\s*(?:not\s+in\b|!=)/,
    (text) => secondCharacterRefused(text, "request.path"),
    GUARD_PIECES,
  ],
  [
    "python data flow's second-slash check (`or`, not after `not`), for request.path",
    /(?<!not\s+)\brequest\.path(?:\.startswith\(\s*["']\/\/["']|\[1(?::2)?\]\s*(?:in\b|==))/,
    (text) => secondCharacterAllowed(text, "request.path"),
    GUARD_PIECES,
  ],
  [
    "js data flow's exported class, for Store",
    /(?:module\.)?exports(?:\.\w+)?\s*=\s*(?:Store\b|\{(?:[^{}]*,)?\s*Store\s*[,}])|\bexport\s*\{[^}]*\bStore\b/,
    (text) => exportedByText(text, "Store"),
    // No brace inside an export clause, which the rewrite does not read past (no clause holds one);
    // `module.exports = { … }` is in exported-by-text.test.ts.
    [
      "a",
      "b",
      "Store,",
      "module.exports =",
      "Store",
      "Storex",
      " as ",
      " export{ ",
      " ",
      ", ",
      "}",
      "xStore",
      "\n",
      "exports.x = ",
      "\nexport {",
    ],
  ],
  [
    "the JavaScript summary's parameter names in a call's arguments, for req and $res",
    /(?:^|[^\w$])(?:req|\$res)(?![\w$])/,
    (text) => namesOneOf(text, ["req", "$res"], JS_NAME_RUNS),
    ["req", "$res", "res", "$", "x", ".", "(", ",", " ", "1", "é", "_", "\n"],
  ],
  [
    "the Python summary's parameter names in a call's arguments, for data and x",
    /\b(?:data|x)\b/,
    (text) => namesOneOf(text, ["data", "x"], PY_NAME_RUNS),
    ["data", "x", "meta", "1", "_", ".", "(", " ", "$", "é", "\n", ","],
  ],
  [
    "the Python summary's parameter names after `return`, for data and x",
    /\breturn\b[^\n]*\b(?:data|x)\b/,
    (text) => lineNamesAfter(text, /\breturn\b/, ["data", "x"], PY_NAME_RUNS),
    ["return", "return ", "data", "x", "y", "_", " ", "\n", "\r", "(", ".", "é", "returns"],
  ],
  [
    "py/unreachable-code's gate",
    /^([ \t]+)(?:return|raise|continue|break)\b[^\n]*\n(?:[ \t]*(?:#[^\n]*)?\n)*\1(?![ \t#])(?!(?:else|elif|except|finally|case)\b)\S/m,
    hasCodeAfterJump,
    [
      "\n    return x",
      "\n  break",
      "\n\treturn",
      "\n    y",
      "\n  y",
      "\n\ty",
      "\n    # c",
      "\n",
      "\n   ",
      "\n    else:",
      "\n    elif",
      "\r    raise",
      "\u2028  y",
      " ",
      "\u00a0",
      "\n    returnx",
    ],
  ],
];

/** Readers that replaced a capturing pattern give the same text as its group. */
const CAPTURES: readonly [
  string,
  (text: string) => string | undefined,
  (text: string) => string | undefined,
  readonly string[],
][] = [
  [
    "the eval fix's parenthesised data",
    (text) => /^(["'])\(\1\s*\+\s*([\s\S]+?)\s*\+\s*(["'])\)\3$/.exec(text)?.[2],
    parenthesisedData,
    ['"(" +', "'(' +", '+ ")"', "+ ')'", '"', "'", "(", ")", "+", " ", "\n", "a", "x+y"],
  ],
  [
    "python data flow's Annotated[T, …] type",
    (text) => text.replace(/^Annotated\[\s*([^,\]]+).*$/, "$1"),
    annotatedType,
    ["Annotated[", "Annotated[", "str", "Query", "(", ")", " ", "\n", "\r", "\t", ",", "]", "[", "x"],
  ],
  [
    "a tool's quoted secret",
    (text) => {
      const m = /^(?<prefix>.*?):\s*(?<quote>['"])(?<secret>.*)\k<quote>\s*$/s.exec(text);
      return m ? JSON.stringify([m.groups?.prefix, m.groups?.secret]) : undefined;
    },
    (text) => {
      const q = quotedSecret(text);
      return q ? JSON.stringify([q.prefix, q.secret]) : undefined;
    },
    ["Possible password", ":", ": '", " ", "\n", "'", '"', "hunter2", "x:y", "\t"],
  ],
];

describe("rewritten readers give the text the patterns captured", () => {
  it.each(CAPTURES)("%s", (_, pattern, read, pieces) => {
    let seed = 29;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    let matched = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: 1 + (next() % 9) }, () => pieces[next() % pieces.length]).join("");
      const captured = pattern(text);
      if (captured !== undefined && captured !== text) matched++;
      expect(read(text), JSON.stringify(text)).toBe(captured);
    }
    // Enough of the generated texts match for the comparison to mean something.
    expect(matched).toBeGreaterThan(100);
  });
});

describe("rewritten checks answer as the patterns they replaced", () => {
  it.each(REWRITES)("%s", (_, pattern, check, pieces) => {
    let seed = 17;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: 1 + (next() % 9) }, () => pieces[next() % pieces.length]).join("");
      expect(check(text), JSON.stringify(text)).toBe(pattern.test(text));
    }
  });
});
