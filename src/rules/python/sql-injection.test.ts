import { testRule } from "../rule-tester.js";
import rule from "./sql-injection.js";

testRule(rule, {
  valid: [
    {
      name: "asyncpg fetch with a $1 placeholder",
      code: `import asyncpg\nfrom fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/events")\nasync def events(actor: str):\n    conn = await asyncpg.connect()\n    return await conn.fetch("SELECT * FROM audit WHERE actor = $1", actor)\n`,
    },
    {
      name: "an HTTP client's fetch is not a query",
      code: `from fastapi import FastAPI\nfrom tornado.httpclient import AsyncHTTPClient\napp = FastAPI()\n\n@app.get("/proxy")\nasync def proxy(path: str):\n    return await AsyncHTTPClient().fetch(f"https://api.example.com/{path}")\n`,
    },
    {
      name: "comments in the argument list: parameterised query (twin of the commented concatenation)",
      code: `from flask import request


@app.get("/report")
def report():
    cursor.execute(  # build the report query
        # the id is a parameter
        "SELECT * FROM t WHERE id = %s",  # placeholder
        (request.args["id"],),  # bound by the driver
    )
`,
    },
    {
      name: "trust: a module constant built into the query is not a taint finding",
      code: `AUDIT_TABLE = "audit_log"


def purge(cur):
    cur.execute("DELETE FROM " + AUDIT_TABLE + " WHERE created < now() - interval '90 days'")
`,
    },
    {
      name: "table name from the request quoted as an identifier with quote_name",
      code: `from flask import request


@app.get("/count")
def count():
    table = request.args["table"]
    cur = connection.cursor()
    cur.execute("SELECT count(*) FROM %s" % connection.ops.quote_name(table))
    return cur.fetchone()
`,
    },
    {
      name: "parameterised query",
      code: `from flask import request\n\n@app.route("/user")\ndef user():\n    name = request.args["name"]\n    cur = db.cursor()\n    cur.execute("SELECT * FROM users WHERE name = %s", (name,))\n    return cur.fetchone()\n`,
    },
    {
      name: "constant query built in pieces",
      code: `def count(cur):\n    table = "users"\n    sql = "SELECT count(*) FROM " + table\n    cur.execute(sql)\n`,
    },
    {
      name: "id cast to int before formatting",
      code: `from flask import request\n\n@app.get("/item")\ndef item():\n    item_id = int(request.args.get("id"))\n    db.execute("SELECT * FROM items WHERE id = %d" % item_id)\n`,
    },
    {
      name: "column name from an allow-list",
      code: `from flask import request\nSORTABLE = ("name", "created")\n\n@app.route("/list")\ndef listing():\n    col = request.args.get("sort", "name")\n    if col not in SORTABLE:\n        col = "name"\n    cursor.execute(f"SELECT * FROM t ORDER BY {col}")\n`,
    },
    {
      name: "sqlalchemy text with bind parameters",
      code: `from sqlalchemy import text\n\ndef find(session, email):\n    stmt = text("SELECT id FROM users WHERE email = :email")\n    return session.execute(stmt, {"email": email})\n`,
    },
    {
      name: "django raw with params",
      code: `def view(request):\n    q = request.GET["q"]\n    return Person.objects.raw("SELECT * FROM person WHERE last = %s", [q])\n`,
    },
    {
      name: "sort column looked up in a local mapping with .get",
      code: `from flask import request\n\n@app.get("/invoices")\ndef invoices():\n    columns = {"date": "issued_on", "amount": "amount_cents"}\n    order = columns.get(request.args.get("order"), "issued_on")\n    cur = db.cursor()\n    cur.execute("SELECT id FROM invoices ORDER BY " + order)\n    return cur.fetchall()\n`,
    },
  ],
  invalid: [
    {
      name: "comments in the argument list do not hide the query",
      code: `from flask import request


@app.get("/report")
def report():
    cursor.execute(  # build the report query
        # the id comes from the URL
        "SELECT * FROM t WHERE id = " +  # concatenated
        request.args["id"]
    )
`,
      lines: [6],
      severity: "critical",
    },
    {
      name: "trust: a sequence name read back from the catalogue is schema metadata of unknown origin, not a stored row",
      code: `def next_value(cursor, table):
    cursor.execute(
        "SELECT sequence_name FROM user_tab_identity_cols WHERE table_name = %s", [table]
    )
    name = cursor.fetchone()[0]
    cursor.execute('SELECT "%s".nextval FROM dual' % name)
    return cursor.fetchone()[0]
`,
      lines: [6],
      severity: "medium",
      notMessage: "a row read from the database",
    },
    {
      name: "a name read back from an application table is a stored (second-order) source (twin of the catalogue case)",
      code: `def next_value(cursor, table):
    cursor.execute(
        "SELECT sequence_name FROM customer_sequences WHERE table_name = %s", [table]
    )
    name = cursor.fetchone()[0]
    cursor.execute('SELECT "%s".nextval FROM dual' % name)
    return cursor.fetchone()[0]
`,
      lines: [6],
      severity: "critical",
    },
    {
      name: "table name from the request pasted in without quoting (twin of the quote_name case)",
      code: `from flask import request


@app.get("/count")
def count():
    table = request.args["table"]
    cur = connection.cursor()
    cur.execute("SELECT count(*) FROM %s" % table)
    return cur.fetchone()
`,
      lines: [8],
      severity: "critical",
    },
    {
      name: "trust: a parameter no caller in the file fills is of unknown origin, so at most medium",
      code: `def drop(cursor, table):
    cursor.execute("DROP TABLE " + table)
`,
      lines: [2],
      severity: "medium",
    },
    {
      name: "trust: environment and request data together take the least trusted level, named first",
      code: `import os
from flask import request


@app.get("/rows")
def rows():
    schema = os.environ["REPORT_SCHEMA"]
    cur = db.cursor()
    cur.execute(f"SELECT * FROM {schema}.rows WHERE owner = '{request.args['owner']}'")
`,
      lines: [9],
      severity: "critical",
      message: "runs SQL built from the request's query string",
    },
    {
      name: "trust: request data is remote, critical",
      code: `from flask import request


@app.get("/by-name")
def by_name():
    cur = db.cursor()
    cur.execute("SELECT * FROM users WHERE name = '%s'" % request.args["name"])
`,
      lines: [7],
      severity: "critical",
      message: "the request's query string",
    },
    {
      name: "trust: a value read back from the database is stored, critical (second-order injection)",
      code: `import sqlite3

conn = sqlite3.connect("app.db")


def copy_nickname(user_id):
    cur = conn.cursor()
    cur.execute("SELECT nickname FROM users WHERE id = ?", (user_id,))
    nickname = cur.fetchone()[0]
    cur.execute(f"UPDATE audit SET who = '{nickname}'")
`,
      lines: [10],
      at: [{ line: 10, column: 5, endLine: 10, endColumn: 56 }],
      output:
        'import sqlite3\n\nconn = sqlite3.connect("app.db")\n\n\ndef copy_nickname(user_id):\n    cur = conn.cursor()\n    cur.execute("SELECT nickname FROM users WHERE id = ?", (user_id,))\n    nickname = cur.fetchone()[0]\n    cur.execute("UPDATE audit SET who = ?", (nickname,))\n',
      severity: "critical",
      message: "a row read from the database",
    },
    {
      name: "trust: an environment variable is a low hardening note",
      code: `import os


def rotate(cur):
    schema = os.getenv("REPORT_SCHEMA")
    cur.execute("TRUNCATE " + schema + ".daily")
`,
      lines: [6],
      severity: "low",
      message: 'the environment variable REPORT_SCHEMA (os.getenv("REPORT_SCHEMA"), line 5)',
      notMessage: "a quote in the input",
    },
    {
      name: "flask handler, % formatting through a variable",
      code: `import sqlite3\nfrom flask import request\n\n@app.route("/search")\ndef search():\n    term = request.args.get("q", "")\n    conn = sqlite3.connect("app.db")\n    query = "SELECT * FROM products WHERE name LIKE '%%%s%%'" % term\n    rows = conn.execute(query).fetchall()\n    return {"rows": rows}\n`,
      lines: [9],
    },
    {
      name: "f-string in executemany from a helper",
      code: `import sys\n\ndef where_clause(user):\n    return f"WHERE owner = '{user}'"\n\ndef main(cur):\n    who = sys.argv[1]\n    cur.executemany("DELETE FROM notes " + where_clause(who), [])\n`,
      lines: [8],
    },
    {
      name: "sqlalchemy text() with .format",
      code: `from sqlalchemy import text\nfrom fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/orders/{status}")\ndef orders(status: str, db=None):\n    stmt = text("SELECT * FROM orders WHERE status = '{}'".format(status))\n    return db.execute(stmt).all()\n`,
      // The statement runs at db.execute(stmt): one finding, where the query is executed.
      lines: [8],
    },
    {
      name: "asyncpg fetch and fetchrow with an f-string query",
      code: `import asyncpg\nfrom fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/events")\nasync def events(actor: str, sort: str):\n    conn = await asyncpg.connect()\n    rows = await conn.fetch(\n        f"SELECT * FROM audit WHERE actor = '{actor}'"\n    )\n    query = f"SELECT * FROM orders ORDER BY {sort}"\n    one = await conn.fetchrow(query)\n    return rows, one\n`,
      lines: [8, 12],
    },
    {
      name: "text() nested in an ORM select assigned to a variable is reported at the execute",
      code: `from fastapi import FastAPI\nfrom sqlalchemy import select, text\napp = FastAPI()\n\n@app.get("/staff")\nasync def staff(sort: str, session=None):\n    stmt = select(Employee).order_by(text(f"{sort} ASC")).limit(100)\n    result = await session.execute(stmt)\n    return result.scalars().all()\n`,
      lines: [8],
    },
    {
      name: "multi-line text() run later in the function is reported at the execute",
      code: `from flask import Flask, request\nfrom sqlalchemy import text\napp = Flask(__name__)\n\n@app.get("/failures")\ndef failures():\n    user = request.args["user"]\n    stmt = text(\n        "SELECT count(*) FROM failures "\n        f"WHERE username = '{user}'"\n    )\n    audit = 1\n    return str(db.session.execute(stmt).scalar_one() + audit)\n`,
      lines: [13],
    },
    {
      name: "text() returned from a helper stays at the construction (no execute in view)",
      code: `from flask import Flask, request\nfrom sqlalchemy import text\napp = Flask(__name__)\n\ndef ordering(sort):\n    return text(f"{sort} DESC")\n\n@app.get("/t")\ndef t():\n    return str(ordering(request.args["sort"]))\n`,
      lines: [6],
    },
    {
      name: "django raw and extra",
      code: `def search(request):\n    name = request.GET.get("name")\n    people = Person.objects.raw("SELECT * FROM person WHERE name = '" + name + "'")\n    more = Person.objects.extra(where=["name = '%s'" % name])\n    return people, more\n`,
      lines: [3, 4],
    },
    {
      name: "query assembled with join in a loop",
      code: `def export(request):\n    cols = []\n    for c in request.POST.getlist("cols"):\n        cols.append(c)\n    sql = "SELECT " + ", ".join(cols) + " FROM report"\n    with connection.cursor() as cur:\n        cur.execute(sql)\n`,
      lines: [7],
    },
    {
      name: "string built from an unknown parameter",
      code: `def delete_user(cur, user_id):\n    cur.execute("DELETE FROM users WHERE id = " + user_id)\n`,
      lines: [2],
    },
    {
      name: "lookup whose default is the raw input",
      code: `from flask import request\n\n@app.get("/invoices")\ndef invoices():\n    columns = {"date": "issued_on", "amount": "amount_cents"}\n    wanted = request.args.get("order")\n    order = columns.get(wanted, wanted)\n    cur = db.cursor()\n    cur.execute("SELECT id FROM invoices ORDER BY " + order)\n    return cur.fetchall()\n`,
      lines: [9],
    },
  ],
});
