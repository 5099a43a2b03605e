/**
 * Property-based fuzzing of the Python rules through the rule runner: any
 * text a repository holds in a `.py` file, from token soup to a real snippet
 * cut in odd places, gives findings inside the file and fixes that apply,
 * fails no rule, and is checked in bounded time.
 */
import fc from "fast-check";
import { describe } from "vitest";
import {
  mutatedSnippet,
  nestedSource,
  plusChainRegressions,
  ruleFuzzSuite,
  seedSnippets,
  sourceFile,
  tokenSoup,
} from "./rule-fuzz-support.js";

const PYTHON_PIECES = [
  // keywords and structure
  ...["def", "class", "if", "elif", "else:", "for", "while", "in", "return", "import", "from", "as"],
  ...["lambda", "with", "try:", "except", "finally:", "raise", "yield", "async", "await", "global"],
  ...[
    "nonlocal",
    "not",
    "and",
    "or",
    "is",
    "None",
    "True",
    "False",
    "pass",
    "del",
    "assert",
    "match",
    "case",
  ],
  ...[":", "\n    ", "\n        ", "\n\t", "\\\n", ";", "@app.route('/x')", "@staticmethod"],
  // operators and brackets
  ...[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ".",
    "=",
    "==",
    "!=",
    "+",
    "+=",
    "%",
    "*",
    "**",
    "->",
    ":=",
    "|",
    "<",
  ],
  // strings
  ...[
    '"',
    "'",
    '"""',
    "'''",
    '"a"',
    "'%s'",
    'f"{x}"',
    'f"select {x}"',
    "r'\\d+'",
    "b'\\x00'",
    '"SELECT * FROM t WHERE id = "',
  ],
  ...['"(a+)+$"', '"password"', '"AKIAABCDEFGHIJKLMNOP"', '"http://"', "'rm -rf '"],
  // sinks
  ...["os.system", "subprocess.call", "subprocess.Popen", "shell=True", "eval", "exec", "pickle.loads"],
  ...["yaml.load", "cursor.execute", "open", "requests.get", "verify=False", "hashlib.md5", "random.random"],
  ...["re.compile", "redirect", "ldap.search_s", "collection.find", "app.run(debug=True)", "set_cookie"],
  // sources
  ...["request.args.get('q')", "request.form['a']", "request.GET", "input()", "sys.argv[1]", "os.environ"],
  ...["def view(request):", "x = request.args['x']", "return x"],
];

const seeds = seedSnippets([".py"]);
const PYTHON_WRAPPERS: readonly (readonly [string, string])[] = [
  ["(", ")"],
  ["str(", ")"],
  ["[", "]"],
  ["{'k': ", "}"],
  ["lambda: ", ""],
  ["not ", ""],
  ["request.args['a'] + ", ""],
  ["f'{", "}'"],
  ["os.path.join('a', ", ")"],
];
const PYTHON_CORES = [
  "os.system(request.args['a'])",
  "eval(input())",
  "x",
  "cursor.execute('%s' % q)",
  "yaml.load(d)",
];

const pythonSource = fc.oneof(
  { weight: 4, arbitrary: tokenSoup(PYTHON_PIECES) },
  { weight: 4, arbitrary: mutatedSnippet(seeds, PYTHON_PIECES) },
  {
    weight: 1,
    arbitrary: nestedSource(PYTHON_WRAPPERS, PYTHON_CORES).map((code) => `import os\nx = ${code}\n`),
  },
);

ruleFuzzSuite(
  "Python rules",
  ".py",
  seeds,
  pythonSource.map((text) => sourceFile(text, "python", "fuzz.py")),
);

describe("fuzz regressions: Python rules", () => {
  const chain = (terms: number): string =>
    `import os\ndef f(request):\n    x = request.args['a']${" + 'b'".repeat(terms)}\n    os.system(x)\n`;

  plusChainRegressions(chain, { language: "python", path: "chain.py" }, "py/command-injection", "os.system");
});
