import { describe, expect, it } from "vitest";
import type { Language } from "../../core/language.js";
import { proveFixes } from "../../fixes/plan.js";
import { BUILTIN_RULES } from "../registry.js";
import { reviewed } from "../../../test/fixes/findings.js";

interface Case {
  readonly rule: string;
  readonly language: Language;
  readonly code: string;
  /** The file after the fix; undefined when no fix may be offered. */
  readonly after: string | undefined;
}

const py = (rule: string, code: string, after: string | undefined): Case => ({
  rule,
  language: "python",
  code,
  after,
});
const js = (rule: string, code: string, after: string | undefined): Case => ({
  rule,
  language: "javascript",
  code,
  after,
});

const CASES: readonly Case[] = [
  py(
    "py/tls-verification-disabled",
    "import requests\nr = requests.get(url, verify=False)\n",
    "import requests\nr = requests.get(url, verify=True)\n",
  ),
  py(
    "py/tls-verification-disabled",
    "import ssl\nctx = ssl._create_unverified_context()\n",
    "import ssl\nctx = ssl.create_default_context()\n",
  ),
  py(
    "py/debug-mode",
    "from flask import Flask\napp = Flask(__name__)\napp.run(host='0.0.0.0', debug=True)\n",
    "from flask import Flask\napp = Flask(__name__)\napp.run(host='0.0.0.0', debug=False)\n",
  ),
  py(
    "py/mutable-default-argument",
    "def add(item, items=[]):\n    items.append(item)\n    return items\n",
    "def add(item, items=None):\n    if items is None:\n        items = []\n    items.append(item)\n    return items\n",
  ),
  py(
    "py/mutable-default-argument",
    'class C:\n    def m(self, seen={}):\n        """Docs."""\n        return seen\n',
    'class C:\n    def m(self, seen=None):\n        """Docs."""\n        if seen is None:\n            seen = {}\n        return seen\n',
  ),
  py(
    "py/insecure-cookie",
    "from flask import make_response\ndef i():\n    r = make_response('x')\n    r.set_cookie('session', 'v', secure=False)\n    return r\n",
    "from flask import make_response\ndef i():\n    r = make_response('x')\n    r.set_cookie('session', 'v', secure=True, httponly=True)\n    return r\n",
  ),
  py(
    "py/command-injection",
    "import subprocess\nfrom flask import request\ndef f():\n    name = request.args['n']\n    subprocess.run('ls -l ' + name, shell=True, check=True)\n",
    'import subprocess\nfrom flask import request\ndef f():\n    name = request.args[\'n\']\n    subprocess.run(["ls", "-l", name], check=True)\n',
  ),
  py(
    "py/command-injection",
    "import subprocess\nfrom flask import request\ndef f():\n    host = request.args['h']\n    subprocess.call(f'ping -c 1 {host}', shell=True)\n",
    'import subprocess\nfrom flask import request\ndef f():\n    host = request.args[\'h\']\n    subprocess.call(["ping", "-c", "1", host])\n',
  ),
  py(
    "py/command-injection",
    "import subprocess\nfrom flask import request\ndef f():\n    q = request.args['q']\n    subprocess.run('grep ' + q + ' | wc -l', shell=True)\n",
    undefined,
  ),
  py(
    "py/sql-injection",
    "import sqlite3\nfrom flask import request\ndef f(conn):\n    name = request.args['n']\n    conn.execute(\"SELECT id FROM users WHERE name = '\" + name + \"'\")\n",
    "import sqlite3\nfrom flask import request\ndef f(conn):\n    name = request.args['n']\n    conn.execute(\"SELECT id FROM users WHERE name = ?\", (name,))\n",
  ),
  py(
    "py/sql-injection",
    "import psycopg2\nfrom flask import request\ndef f(cur):\n    c = request.args['c']\n    n = request.args['n']\n    cur.execute(f\"SELECT a FROM t WHERE c = '{c}' LIMIT {n}\")\n",
    "import psycopg2\nfrom flask import request\ndef f(cur):\n    c = request.args['c']\n    n = request.args['n']\n    cur.execute(\"SELECT a FROM t WHERE c = %s LIMIT %s\", (c, n))\n",
  ),
  py(
    "py/sql-injection",
    "import sqlite3\nfrom flask import request\ndef f(cur):\n    name = request.args['n']\n    cur.execute(\"SELECT id FROM users WHERE name = '%s'\" % name)\n",
    "import sqlite3\nfrom flask import request\ndef f(cur):\n    name = request.args['n']\n    cur.execute(\"SELECT id FROM users WHERE name = ?\", (name,))\n",
  ),
  py(
    "py/sql-injection",
    "import sqlite3\nfrom flask import request\ndef f(cur):\n    col = request.args['sort']\n    cur.execute(f\"SELECT id FROM users ORDER BY {col}\")\n",
    undefined,
  ),
  py(
    "py/sql-injection",
    "import sqlite3\nfrom flask import request\ndef f(cur):\n    q = request.args['q']\n    cur.execute(f\"SELECT id FROM users WHERE name LIKE '%{q}%'\")\n",
    undefined,
  ),
  js(
    "js/tls-verification-disabled",
    "const https = require('https');\nconst agent = new https.Agent({ rejectUnauthorized: false });\n",
    "const https = require('https');\nconst agent = new https.Agent({ rejectUnauthorized: true });\n",
  ),
  js(
    "js/dom-xss",
    "const q = location.hash.slice(1);\ndocument.getElementById('out').innerHTML = q;\n",
    "const q = location.hash.slice(1);\ndocument.getElementById('out').textContent = q;\n",
  ),
  js("js/dom-xss", "const q = location.hash.slice(1);\nel.innerHTML = `<b>${q}</b>`;\n", undefined),
];

/** Fix steps over a whole review: each fix is proven by the ladder and yields exactly `after`. */
describe("rule fix steps", () => {
  it.each(CASES)("$rule: $code", async ({ rule, language, code, after }) => {
    const path = language === "python" ? "case.py" : "case.js";
    const { file, findings } = reviewed(code, language, path);
    const provided = findings.filter((f) => f.ruleId === rule);
    expect(provided.length, `${rule} reports`).toBeGreaterThan(0);
    if (after === undefined) {
      expect(provided.filter((f) => f.fix)).toEqual([]);
      return;
    }
    const plan = await proveFixes([file], provided, { rules: BUILTIN_RULES });
    expect([...plan.outcomes.values()].map((o) => [o.validation.status, o.validation.reasons])).toEqual(
      provided.map(() => ["proven", []]),
    );
    expect(plan.files[0]?.after).toBe(after);
  });

  it("hashes: weak digests become SHA-256, as a suggestion", async () => {
    const cases = [
      py(
        "py/weak-hash",
        "import hashlib\ndef h(p):\n    return hashlib.md5(p.encode()).hexdigest()\n",
        "sha256",
      ),
      js(
        "js/weak-hash",
        "const crypto = require('crypto');\nconst d = crypto.createHash('sha1').update(p).digest('hex');\n",
        "sha256",
      ),
    ];
    for (const c of cases) {
      const path = c.language === "python" ? "h.py" : "h.js";
      const { file, findings } = reviewed(c.code, c.language, path);
      const provided = findings.filter((f) => f.ruleId === c.rule);
      expect(provided[0]?.fix?.applicability).toBe("suggested");
      const plan = await proveFixes([file], provided, { rules: BUILTIN_RULES });
      expect(plan.files[0]?.after).toContain(
        c.language === "python" ? "hashlib.sha256(" : "createHash('sha256')",
      );
      expect([...plan.outcomes.values()][0]?.validation.status).toBe("proven");
    }
  });
});

describe("rule metadata", () => {
  it("a rule has a fix step exactly when it says it is fixable (rules list and reports show it)", () => {
    const mismatched = BUILTIN_RULES.filter((r) => r.meta.fixable !== (r.fix !== undefined)).map(
      (r) => r.meta.id,
    );
    expect(mismatched).toEqual([]);
  });
});
