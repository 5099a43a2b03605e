import { describe, expect, it } from "vitest";
import { runRule } from "../../rule-tester.js";
import commandInjection from "../command-injection.js";
import ldapInjection from "../ldap-injection.js";
import pathTraversal from "../path-traversal.js";
import sqlInjection from "../sql-injection.js";
import type { Rule } from "../../define-rule.js";

/**
 * The confidence policy of docs/rules/py-dataflow.md, case by case: known
 * sources carry their trust, unknown values stay at or below the default
 * threshold of 0.5 depending on whether they were built into a string.
 */
const CASES: readonly { name: string; rule: Rule; code: string; confidences: readonly number[] }[] = [
  {
    name: "web request parameter",
    rule: commandInjection,
    code: `import os\nfrom flask import request\n\n@app.route("/x")\ndef x():\n    os.system("ls " + request.args["d"])\n`,
    confidences: [0.9],
  },
  {
    name: "route handler parameter",
    rule: commandInjection,
    code: `import os\n\n@app.get("/x/<name>")\ndef x(name):\n    os.system("ls " + name)\n`,
    confidences: [0.85],
  },
  {
    name: "an undecorated helper taking a Request and more is not a view: its parameters are unknown",
    rule: commandInjection,
    code: `import os\nfrom fastapi import Request\n\ndef helper(request: Request, name):\n    os.system("ls " + name)\n`,
    confidences: [0.5],
  },
  {
    name: "an aiohttp handler takes the request alone",
    rule: commandInjection,
    code: `import os\nfrom aiohttp import web\n\nasync def handler(request: web.Request):\n    os.system("ls " + request.match_info["name"])\n`,
    confidences: [0.9],
  },
  {
    name: "typed route parameter is validated",
    rule: commandInjection,
    code: `import os\n\n@app.get("/x/{n}")\ndef x(n: int):\n    os.system(f"ls {n}")\n`,
    confidences: [],
  },
  {
    name: "command-line argument",
    rule: commandInjection,
    code: `import os, sys\nos.system("ls " + sys.argv[1])\n`,
    confidences: [0.8],
  },
  {
    name: "environment variable",
    rule: commandInjection,
    code: `import os\nos.system("ls " + os.environ["DIR"])\n`,
    confidences: [0.6],
  },
  {
    name: "unknown parameter built into the command",
    rule: commandInjection,
    code: `import os\n\ndef f(d):\n    os.system("ls " + d)\n`,
    confidences: [0.5],
  },
  {
    name: "unknown parameter passed as it is",
    rule: commandInjection,
    code: `import os\n\ndef f(cmd):\n    os.system(cmd)\n`,
    confidences: [0.35],
  },
  {
    name: "text built from the object's own attributes is not built from input",
    rule: ldapInjection,
    code: `import ldap\n\nclass Groups:\n    def members(self, conn, name):\n        flt = f"(&(ou={self.unit})(cn={ldap.filter.escape_filter_chars(name)}))"\n        return conn.search_s(self.unit, ldap.SCOPE_SUBTREE, flt)\n\ndef view(request):\n    return Groups().members(CONN, request.GET["q"])\n`,
    confidences: [0.35],
  },
  {
    name: "the same filter with the request's value unescaped",
    rule: ldapInjection,
    code: `import ldap\n\nclass Groups:\n    def members(self, conn, name):\n        flt = f"(&(ou={self.unit})(cn={name}))"\n        return conn.search_s(self.unit, ldap.SCOPE_SUBTREE, flt)\n\ndef view(request):\n    return Groups().members(CONN, request.GET["q"])\n`,
    confidences: [0.9],
  },
  {
    name: "unknown parameter resolved through a caller that passes argv",
    rule: commandInjection,
    code: `import os, sys\n\ndef f(cmd):\n    os.system(cmd)\n\ndef main():\n    f(sys.argv[1])\n`,
    confidences: [0.8],
  },
  {
    name: "helper called only with constants keeps its unknown confidence",
    rule: sqlInjection,
    code: `def q(cur, t):\n    cur.execute("SELECT * FROM " + t)\n\nq(None, "users")\n`,
    confidences: [0.5],
  },
  {
    name: "a request opens a file (0.9) whose contents name another (file contents: 0.4 for paths)",
    rule: pathTraversal,
    code: `from flask import request\n\n@app.route("/r")\ndef r():\n    name = open(request.args["list"]).read()\n    return open("/srv/" + name.strip()).read()\n`,
    confidences: [0.9, 0.4],
  },
  {
    name: "a command-line user already has the file system",
    rule: pathTraversal,
    code: `import sys\nopen(sys.argv[1])\n`,
    confidences: [0.4],
  },
  {
    name: "unknown template with constant values is not built",
    rule: sqlInjection,
    code: `class Report:\n    def run(self, cur):\n        cur.execute(self.query % "totals")\n`,
    confidences: [0.35],
  },
  {
    name: "no untrusted input in the file: path sinks are not analysed",
    rule: pathTraversal,
    code: `def f(p):\n    return open("/srv/" + p)\n`,
    confidences: [],
  },
];

describe("py data-flow confidence", () => {
  it.each(CASES)("$name", ({ rule, code, confidences }) => {
    const result = runRule(rule, code);
    expect(result.notices.filter((n) => n.level === "error")).toEqual([]);
    expect(result.drafts.map((d) => d.confidence)).toEqual(confidences);
  });
});
