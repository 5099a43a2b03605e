import { describe, expect, it } from "vitest";
import type { CodeLanguage } from "../../core/language.js";
import { indirectRoutes } from "./indirect-route.js";

/** The whole of `before` replaced by the whole of `after`: every line is the fix's. */
function routes(language: CodeLanguage, before: string, after: string): string[] {
  const lines = (t: string): number => t.split("\n").length;
  return indirectRoutes(language, before, after, {
    before: [[1, lines(before)]],
    after: [[1, lines(after)]],
  }).hits.map((h) => h.reason);
}

const ROUTES: readonly [string, CodeLanguage, string, string, RegExp][] = [
  ["a computed global", "javascript", "eval(x);", 'globalThis["ev" + "al"](x);', /computed name|from pieces/],
  ["a name reversed", "javascript", "eval(x);", "window['lave'.split('').reverse().join('')](x);", /"eval"/],
  [
    "String.fromCharCode",
    "javascript",
    "eval(x);",
    "self[String.fromCharCode(101, 118, 97, 108)](x);",
    /"eval"/,
  ],
  ["the Function constructor", "javascript", "eval(x);", "Function(x)();", /uses Function/],
  ["a constructor chain", "javascript", "eval(x);", "[].map.constructor(x)();", /constructor/],
  ["a comma call", "javascript", "eval(x);", "(0, eval)(x);", /comma/],
  ["vm", "javascript", "eval(x);", "const vm = require('vm');\nvm.runInNewContext(x);", /vm/],
  ["require built from pieces", "javascript", "f(x);", "require('child_' + 'process').exec(x);", /require/],
  ["a string timer", "javascript", "f(x);", "setTimeout('run(' + x + ')', 10);", /setTimeout/],
  ["sh -c", "javascript", "f(x);", "spawn('/bin/sh', ['-c', x]);", /shell/],
  ["shell: true", "javascript", "f(x);", "spawn(cmd, { shell: true });", /shell/],
  [
    "TLS off by environment",
    "javascript",
    "f(x);",
    "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
    /NODE_TLS/,
  ],
  ["getattr on builtins", "python", "eval(x)", "import builtins\ngetattr(builtins, 'eval')(x)", /getattr/],
  ["getattr on os", "python", "f(x)", "import os\ngetattr(os, name)(x)", /getattr/],
  ["globals by name", "python", "f(x)", "globals()[name](x)", /globals/],
  ["__import__", "python", "f(x)", "__import__(mod).run(x)", /__import__/],
  ["importlib", "python", "f(x)", "import importlib\nimportlib.import_module(mod).run(x)", /importlib/],
  ["an aliased system", "python", "f(x)", "from os import system as s\ns(x)", /os\.system/],
  ["marshal for pickle", "python", "pickle.loads(x)", "import marshal\nmarshal.loads(x)", /marshal/],
  ["shelve", "python", "pickle.loads(x)", "import shelve\nshelve.open(x)", /shelve/],
  ["unsafe_load", "python", "yaml.load(x)", "yaml.unsafe_load(x)", /unsafe_load/],
  ["full_load", "python", "yaml.load(x)", "yaml.full_load(x)", /full_load/],
  [
    "a base64 name",
    "python",
    "f(x)",
    "import base64\nf = getattr(obj, base64.b64decode('ZXhlYw==').decode())",
    /"exec"/,
  ],
  ["a reversed name", "python", "f(x)", "fn = getattr(obj, 'lave'[::-1])", /"eval"/],
  [
    "chr-built name",
    "python",
    "f(x)",
    "fn = getattr(obj, chr(101) + chr(118) + chr(97) + chr(108))",
    /"eval"/,
  ],
  ["shell through a list", "python", "f(x)", "subprocess.run(['bash', '-c', x])", /shell/],
  ["verify from a variable", "python", "f(u)", "requests.get(u, verify=VERIFY)", /verify/],
];

const HONEST: readonly [string, CodeLanguage, string, string][] = [
  ["typeof function", "javascript", "cb(x);", 'if (typeof cb === "function") cb(x);'],
  [
    "a prototype-pollution guard",
    "javascript",
    "o[k] = v;",
    'if (k !== "__proto__" && k !== "constructor") o[k] = v;',
  ],
  ["sanitised markup", "javascript", "el.innerHTML = v;", "el.innerHTML = DOMPurify.sanitize(v);"],
  [
    "a secret from the environment",
    "javascript",
    'const key = "abc123";',
    "const key = process.env[KEY_NAME];",
  ],
  ["execFile with arguments", "javascript", "exec('ls ' + d);", "execFile('ls', ['-l', d]);"],
  [
    "a dispatch table",
    "javascript",
    "eval(op + '(a, b)');",
    "const OPS = { add: (a, b) => a + b };\nOPS[op](a, b);",
  ],
  ["JSON.parse", "javascript", "eval(x);", "JSON.parse(x);"],
  [
    "a setting by name from Django",
    "python",
    "DEBUG = True",
    "from django.conf import settings\nDEBUG = getattr(settings, 'DEBUG', False)",
  ],
  ["literal_eval", "python", "eval(x)", "import ast\nast.literal_eval(x)"],
  ["safe_load", "python", "yaml.load(x)", "yaml.safe_load(x)"],
  ["SafeLoader", "python", "yaml.load(x)", "yaml.load(x, Loader=yaml.SafeLoader)"],
  ["an argument list", "python", "os.system('ls ' + d)", "subprocess.run(['ls', '-l', d], check=True)"],
  ["re.compile", "python", "f(x)", "import re\npattern = re.compile(x)"],
  ["a CA bundle", "python", "requests.get(u, verify=False)", "requests.get(u, verify='/etc/ssl/ca.pem')"],
  ["a file name built from pieces", "python", "open(p)", "open(base + '.yaml')"],
  [
    "an untouched import kept in the region",
    "python",
    "import pickle\npickle.loads(x)",
    "import pickle\njson.loads(x)",
  ],
];

describe("noIndirectRoute: routes round the rules are found", () => {
  it.each(ROUTES)("%s", (_name, language, before, after, reason) => {
    expect(routes(language, before, after).join("; ")).toMatch(reason);
  });
});

describe("noIndirectRoute: ordinary fixes pass", () => {
  it.each(HONEST)("%s", (_name, language, before, after) => {
    expect(routes(language, before, after)).toEqual([]);
  });
});
