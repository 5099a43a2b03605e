import { describe, expect, it } from "vitest";
import type { Edit } from "../core/fix.js";
import { BUILTIN_RULES } from "../rules/registry.js";
import { reviewedTogether } from "../../test/fixes/findings.js";
import { validateFix } from "./validate.js";

/** A Flask view passes a query parameter to a helper of another module. */
const VIEW = `import sqlite3
from flask import Flask, request
from .db import find_user

app = Flask(__name__)
conn = sqlite3.connect("app.db")

@app.route("/user")
def user():
    name = request.args.get("name")
    sql = find_user(name)
    return str(conn.execute(sql).fetchall())
`;

/** The helper runs SQL built from its parameter, and returns a constant query the view runs. */
const DB = `import sqlite3

conn = sqlite3.connect("app.db")

def find_user(name):
    conn.execute("SELECT * FROM users WHERE name = '" + name + "'")
    return "SELECT 1"
`;

/** A third module's helper that runs whatever SQL it is given. */
const RAW = `import sqlite3

conn = sqlite3.connect("app.db")

def run_sql(query):
    conn.execute(query)
`;

const CONCAT = `"SELECT * FROM users WHERE name = '" + name + "'"`;

const PY = { "app/__init__.py": "", "app/views.py": VIEW, "app/db.py": DB, "app/raw.py": RAW };

const APP_JS = `const express = require("express");
const { findUsers } = require("./db");
const app = express();
app.get("/users", async (req, res) => {
  const rows = await findUsers(req.query.name);
  res.json(rows);
});
`;

const DB_JS = `const { Pool } = require("pg");
const pool = new Pool();
async function findUsers(name) {
  const { rows } = await pool.query("SELECT * FROM users WHERE name = '" + name + "'");
  return rows;
}
module.exports = { findUsers };
`;

const JS = { "app.js": APP_JS, "db.js": DB_JS };

/** Replaces the whole file: the fix under test is the new text. */
function wholeFile(text: string, by: string): Edit[] {
  const lines = text.split("\n");
  return [{ range: { start: { line: 1, column: 1 }, end: { line: lines.length, column: 1 } }, text: by }];
}

interface Case {
  readonly name: string;
  readonly files: Readonly<Record<string, string>>;
  readonly path: string;
  readonly ruleId: string;
  /** The fixed text of `path`; absent: the rule's own fix. */
  readonly fixed?: string;
  readonly status: "proven" | "rejected";
  /** The status when the ladder sees only the patched file, where it differs. */
  readonly alone?: "proven" | "rejected";
  readonly reason?: RegExp;
}

const CASES: readonly Case[] = [
  {
    name: "the flow from the view is cut where it ends: the helper binds the value (the rule's own fix)",
    files: PY,
    path: "app/db.py",
    ruleId: "py/sql-injection",
    status: "proven",
  },
  {
    name: "the helper binds the value (JavaScript, the rule's own fix)",
    files: JS,
    path: "db.js",
    ruleId: "js/sql-injection",
    status: "proven",
  },
  {
    name: "a fix that leaves the flow from the other file is refused, naming it",
    files: PY,
    path: "app/db.py",
    ruleId: "py/sql-injection",
    fixed: DB.replace("+ name +", "+ str(name) +"),
    status: "rejected",
    reason: /for a flow across files: .*app\/views\.py line 10/,
  },
  {
    name: "a fix that leaves the flow from the other file is refused (JavaScript)",
    files: JS,
    path: "db.js",
    ruleId: "js/sql-injection",
    fixed: DB_JS.replace("+ name +", "+ String(name).trim() +"),
    status: "rejected",
    reason: /for a flow across files: .*app\.js line 5/,
  },
  {
    name: "evasive: the sink moves into another module's helper; alone the file looks clean",
    files: PY,
    path: "app/db.py",
    ruleId: "py/sql-injection",
    fixed: DB.replace("import sqlite3\n", "import sqlite3\nfrom .raw import run_sql\n").replace(
      `conn.execute(${CONCAT})`,
      `run_sql(${CONCAT})`,
    ),
    status: "rejected",
    alone: "proven",
    reason: /adds py\/sql-injection at app\/raw\.py line 6, a flow across files/,
  },
  {
    name: "evasive: the helper returns the built SQL for its caller to run",
    files: PY,
    path: "app/db.py",
    ruleId: "py/sql-injection",
    fixed: DB.replace(`conn.execute(${CONCAT})\n    return "SELECT 1"`, `return ${CONCAT}`),
    status: "rejected",
    alone: "proven",
    reason: /find_user\(\) now returns its parameter 1, which reached conn\.execute\(\) before the fix/,
  },
  {
    name: "evasive: the helper returns the built SQL for its caller to run (JavaScript)",
    files: JS,
    path: "db.js",
    ruleId: "js/sql-injection",
    fixed: DB_JS.replace(
      `const { rows } = await pool.query("SELECT * FROM users WHERE name = '" + name + "'");\n  return rows;`,
      `return "SELECT * FROM users WHERE name = '" + name + "'";`,
    ),
    status: "rejected",
    alone: "proven",
    reason: /findUsers\(\) now returns its parameter 1/,
  },
];

describe("validateFix across files: the patched file re-linked with the review's other files", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const review = reviewedTogether(c.files);
      const file = review.files.get(c.path)!;
      const finding = review.findings.find((f) => f.file === c.path && f.ruleId === c.ruleId);
      expect(finding?.description).toMatch(/ through /);
      const own = finding!.fix;
      expect(own).toBeDefined();
      const fix = c.fixed === undefined ? own! : { ...own!, edits: wholeFile(file.text, c.fixed) };
      const input = { file, finding: finding!, fix, place: finding!.range };
      const across = await validateFix(input, {
        rules: BUILTIN_RULES,
        memo: review.memo,
        crossFile: review.crossFile,
      });
      expect(across.validation.status, across.validation.reasons.join("; ")).toBe(c.status);
      if (c.reason) expect(across.validation.reasons.join("\n")).toMatch(c.reason);
      const alone = await validateFix(input, { rules: BUILTIN_RULES, memo: review.memo });
      expect(alone.validation.status).toBe(c.alone ?? c.status);
    });
  }
});

describe("validateFix across files, at the link limit", () => {
  it("a flow the link could not finish following is not shown gone", async () => {
    const review = reviewedTogether(PY);
    const file = review.files.get("app/db.py")!;
    const finding = review.findings.find((f) => f.file === "app/db.py" && f.ruleId === "py/sql-injection")!;
    const before = await validateFix(
      { file, finding, fix: finding.fix!, place: finding.range },
      { rules: BUILTIN_RULES, memo: review.memo, crossFile: review.crossFile },
    );
    expect(before.validation.status).toBe("proven");
    // The review itself found the flow; the ladder's re-link runs out of steps at once.
    const cut = { ...review.crossFile, limits: { depth: 3, budget: 0 } };
    const { validation } = await validateFix(
      { file, finding, fix: finding.fix!, place: finding.range },
      { rules: BUILTIN_RULES, memo: review.memo, crossFile: cut },
    );
    expect(validation.status).toBe("rejected");
    expect(validation.reasons.join("\n")).toContain("stopped at its limit");
  });
});
