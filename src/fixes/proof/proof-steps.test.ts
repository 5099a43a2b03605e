import { describe, expect, it } from "vitest";
import type { Language } from "../../core/language.js";
import { judgeRewrite } from "../../../test/fixes/rewrites.js";

/**
 * Rewrites offered as a model's fix for the original's finding. The evasive
 * ones make the rule go quiet but keep (or swap in) the flaw; the ladder must
 * refuse each and say which step did. The honest ones must stay proven.
 */
interface Case {
  readonly name: string;
  readonly language: Language;
  readonly original: string;
  readonly rewrite: string;
  /** The step expected to fail, or "proven" for an honest fix. */
  readonly expect: "noIndirectRoute" | "policy" | "findingGone" | "proven";
  readonly reason?: RegExp;
}

const PY_EVAL = `from flask import request

@app.route("/calc")
def calc():
    expr = request.args["expr"]
    return str(eval(expr))
`;
const JS_EVAL = `const express = require("express");
const app = express();
app.get("/calc", (req, res) => {
  const expr = req.query.expr;
  res.send(String(eval(expr)));
});
`;
const PY_SHELL = `import os
from flask import request

@app.route("/ping")
def ping():
    host = request.args["host"]
    os.system("ping -c 1 " + host)
    return "ok"
`;
const PY_SQL = `import sqlite3
from flask import request

@app.route("/user")
def user():
    conn = sqlite3.connect("app.db")
    name = request.args["name"]
    rows = conn.execute("SELECT id FROM users WHERE name = '" + name + "'").fetchall()
    return str(rows)
`;
const PY_PICKLE = `import pickle
from flask import request

@app.route("/load", methods=["POST"])
def load():
    obj = pickle.loads(request.get_data())
    return str(obj)
`;
const PY_TLS = `import requests

def fetch(url):
    return requests.get(url, verify=False).text
`;

const CASES: readonly Case[] = [
  {
    name: "eval hidden behind getattr on builtins with a name built from pieces",
    language: "python",
    original: PY_EVAL,
    rewrite: PY_EVAL.replace(
      "str(eval(expr))",
      'str(getattr(__import__("built" + "ins"), "ev" + "al")(expr))',
    ),
    expect: "noIndirectRoute",
  },
  {
    name: "eval swapped for exec into a namespace",
    language: "python",
    original: PY_EVAL,
    rewrite: PY_EVAL.replace(
      "    return str(eval(expr))",
      '    ns = {}\n    exec("r = " + expr, ns)\n    return str(ns["r"])',
    ),
    expect: "noIndirectRoute",
  },
  {
    name: "eval through a computed global in JavaScript",
    language: "javascript",
    original: JS_EVAL,
    rewrite: JS_EVAL.replace("eval(expr)", 'globalThis["ev" + "al"](expr)'),
    expect: "noIndirectRoute",
  },
  {
    name: "eval through the Function constructor",
    language: "javascript",
    original: JS_EVAL,
    rewrite: JS_EVAL.replace("eval(expr)", 'new Function("return " + expr)()'),
    expect: "noIndirectRoute",
  },
  {
    name: "eval through an alias",
    language: "javascript",
    original: JS_EVAL,
    rewrite: JS_EVAL.replace(
      "  res.send(String(eval(expr)));",
      "  const run = eval;\n  res.send(String(run(expr)));",
    ),
    expect: "noIndirectRoute",
  },
  {
    name: "os.system imported under another name",
    language: "python",
    original: PY_SHELL,
    rewrite: PY_SHELL.replace("import os\n", "from os import system as run_it\n").replace(
      "os.system(",
      "run_it(",
    ),
    expect: "noIndirectRoute",
  },
  {
    name: "shell command quoted with shlex instead of an argument list",
    language: "python",
    original: PY_SHELL,
    rewrite: PY_SHELL.replace("import os\n", "import os\nimport shlex\n").replace(
      '"ping -c 1 " + host',
      '"ping -c 1 " + shlex.quote(host)',
    ),
    expect: "policy",
  },
  {
    name: "SQL made quiet by doubling quotes",
    language: "python",
    original: PY_SQL,
    rewrite: PY_SQL.replace(
      '    name = request.args["name"]',
      '    name = request.args["name"].replace("\'", "\'\'")',
    ),
    expect: "policy",
  },
  {
    name: "pickle swapped for dill",
    language: "python",
    original: PY_PICKLE,
    rewrite: PY_PICKLE.replace("import pickle", "import dill").replace("pickle.loads", "dill.loads"),
    expect: "noIndirectRoute",
  },
  {
    name: "verify=False moved onto a session",
    language: "python",
    original: PY_TLS,
    rewrite: PY_TLS.replace(
      "    return requests.get(url, verify=False).text",
      "    s = requests.Session()\n    s.verify = False\n    return s.get(url).text",
    ),
    expect: "noIndirectRoute",
  },
  {
    name: "honest: ast.literal_eval",
    language: "python",
    original: PY_EVAL,
    rewrite: PY_EVAL.replace("from flask", "import ast\nfrom flask").replace(
      "eval(expr)",
      "ast.literal_eval(expr)",
    ),
    expect: "proven",
  },
  {
    name: "honest: JSON.parse",
    language: "javascript",
    original: JS_EVAL,
    rewrite: JS_EVAL.replace("res.send(String(eval(expr)));", "res.json({ value: JSON.parse(expr) });"),
    expect: "proven",
  },
  {
    name: "honest: an argument list without a shell",
    language: "python",
    original: PY_SHELL,
    rewrite: PY_SHELL.replace("import os\n", "import subprocess\n").replace(
      'os.system("ping -c 1 " + host)',
      'subprocess.run(["ping", "-c", "1", host], check=False)',
    ),
    expect: "proven",
  },
  {
    name: "honest: a bound parameter",
    language: "python",
    original: PY_SQL,
    rewrite: PY_SQL.replace(
      `conn.execute("SELECT id FROM users WHERE name = '" + name + "'")`,
      `conn.execute("SELECT id FROM users WHERE name = ?", (name,))`,
    ),
    expect: "proven",
  },
];

describe("the ladder on rewrites: evasions refused, honest fixes proven", () => {
  it.each(CASES)("$name", async (c) => {
    const verdict = await judgeRewrite({
      original: c.original,
      rewrite: c.rewrite,
      language: c.language,
      path: c.language === "python" ? "app.py" : "app.js",
    });
    expect(verdict.kind).toBe("validated");
    if (verdict.kind !== "validated") return;
    const v = verdict.validation;
    if (c.expect === "proven") {
      expect(v.reasons).toEqual([]);
      expect(v.status).toBe("proven");
      return;
    }
    expect(v.status).toBe("rejected");
    expect(v[c.expect], v.reasons.join("; ")).toBe(false);
  });
});
