import { describe, expect, it } from "vitest";
import { reviewFiles, type Files } from "./cross-file.test-support.js";

interface Case {
  readonly name: string;
  readonly files: Files;
  /** `file:line` of the expected finding of `rule`, or null for a safe twin. */
  readonly expect: string | null;
  readonly rule: string;
  readonly mentions?: readonly string[];
  /** The rule's own severity, kept across files for a remote source; critical unless given. */
  readonly severity?: string;
}

const VIEW = (
  call: string,
  imports = "from .db import find_user",
): string => `from flask import Flask, request
${imports}

app = Flask(__name__)

@app.route("/user")
def user():
    name = request.args.get("name")
    return str(${call})
`;

const DB = (query: string): string => `import sqlite3

conn = sqlite3.connect("app.db")

def find_user(name):
    cur = conn.cursor()
    cur.execute(${query})
    return cur.fetchone()
`;

const LDAP_PEOPLE = (filter: string): string => `import asyncio
from ldap3.utils.conv import escape_filter_chars

def _search(conn, mail):
    flt = ${filter}
    conn.search("ou=staff,dc=example", flt)
    return conn.entries

async def search_by_mail(conn, mail):
    return await asyncio.to_thread(_search, conn, mail)
`;

const CONCAT = `"SELECT * FROM users WHERE name = '" + name + "'"`;

const CASES: readonly Case[] = [
  {
    name: "SQL through a data-access helper (from .db import find_user)",
    files: { "app/__init__.py": "", "app/views.py": VIEW("find_user(name)"), "app/db.py": DB(CONCAT) },
    expect: "app/db.py:7",
    rule: "py/sql-injection",
    mentions: ["request.args", "app/views.py line 8", "find_user()"],
  },
  {
    name: "safe twin: the helper binds the value",
    files: {
      "app/__init__.py": "",
      "app/views.py": VIEW("find_user(name)"),
      "app/db.py": DB(`"SELECT * FROM users WHERE name = ?", (name,)`),
    },
    expect: null,
    rule: "py/sql-injection",
  },
  {
    name: "safe twin: the view passes a constant",
    files: { "app/__init__.py": "", "app/views.py": VIEW(`find_user("admin")`), "app/db.py": DB(CONCAT) },
    expect: null,
    rule: "py/sql-injection",
  },
  {
    name: "a module imported whole (import db; db.find_user)",
    files: { "views.py": VIEW("db.find_user(name)", "import db"), "db.py": DB(CONCAT) },
    expect: "db.py:7",
    rule: "py/sql-injection",
    mentions: ["db.find_user()"],
  },
  {
    name: "command through a helper of a sibling module (from . import shell)",
    files: {
      "app/__init__.py": "",
      "app/views.py": VIEW("shell.ping(name)", "from . import shell"),
      "app/shell.py": `import os\n\ndef ping(host):\n    os.system("ping -c 1 " + host)\n`,
    },
    expect: "app/shell.py:4",
    rule: "py/command-injection",
    mentions: ["request.args", "shell.ping()"],
  },
  {
    name: "safe twin: the helper passes an argument list",
    files: {
      "app/__init__.py": "",
      "app/views.py": VIEW("shell.ping(name)", "from . import shell"),
      "app/shell.py": `import subprocess\n\ndef ping(host):\n    subprocess.run(["ping", "-c", "1", host])\n`,
    },
    expect: null,
    rule: "py/command-injection",
  },
  {
    name: "a helper in another module returns request data",
    files: {
      "app/__init__.py": "",
      "app/params.py": `from flask import request\n\ndef search_term():\n    return request.args["q"]\n`,
      "app/search.py": `import os
from .params import search_term

def archive():
    os.system("tar czf out.tgz " + search_term())
`,
    },
    expect: "app/search.py:5",
    rule: "py/command-injection",
    mentions: ["request.args", "app/params.py line 4", "search_term()"],
  },
  {
    name: "safe twin: the helper returns a number",
    files: {
      "app/__init__.py": "",
      "app/params.py": `from flask import request\n\ndef search_term():\n    return int(request.args["q"])\n`,
      "app/search.py": `import os
from .params import search_term

def archive():
    os.system("tar czf out.tgz " + str(search_term()))
`,
    },
    expect: null,
    rule: "py/command-injection",
  },
  {
    name: "safe: a sanitising helper in a third module",
    files: {
      "app/__init__.py": "",
      "app/views.py": VIEW("find_user(clean(name))", "from .db import find_user\nfrom .text import clean"),
      "app/text.py": `import re\n\ndef clean(value):\n    return int(value)\n`,
      "app/db.py": DB(CONCAT),
    },
    expect: null,
    rule: "py/sql-injection",
  },
  {
    name: "a method of an imported class, on an instance",
    files: {
      "app/__init__.py": "",
      "app/views.py": VIEW("repo.find(name)", "from .repo import UserRepo\n\nrepo = UserRepo()"),
      "app/repo.py": `from django.db import connection

class UserRepo:
    def find(self, name):
        with connection.cursor() as cur:
            cur.execute(f"SELECT * FROM users WHERE name = '{name}'")
            return cur.fetchall()
`,
    },
    expect: "app/repo.py:6",
    rule: "py/sql-injection",
    mentions: ["repo.find()"],
  },
  {
    name: "an LDAP filter built in a directory module that reads no input itself",
    files: {
      "views.py": VIEW("people.lookup(name)", "from directory import People\n\npeople = People()"),
      "directory.py": LDAP_MODULE(`f"(&(objectClass=person)(cn={name}))"`),
    },
    expect: "directory.py:10",
    rule: "py/ldap-injection",
    severity: "high",
    mentions: ["request.args", "people.lookup()"],
  },
  {
    name: "safe twin: the directory module escapes the value",
    files: {
      "views.py": VIEW("people.lookup(name)", "from directory import People\n\npeople = People()"),
      "directory.py": LDAP_MODULE(`f"(&(objectClass=person)(cn={escape_filter_chars(name)}))"`),
    },
    expect: null,
    rule: "py/ldap-injection",
  },
  {
    name: "an XPath expression built in a module that only holds the document",
    files: {
      "views.py": VIEW("find_title(name)", "from books import find_title"),
      "books.py": XPATH_MODULE(`f"//book[title='{title}']"`),
    },
    expect: "books.py:7",
    rule: "py/xpath-injection",
    severity: "high",
    mentions: ["request.args", "find_title()"],
  },
  {
    name: "safe twin: the value goes in as an XPath variable",
    files: {
      "views.py": VIEW("find_title(name)", "from books import find_title"),
      "books.py": XPATH_MODULE(`"//book[title=$t]", t=title`),
    },
    expect: null,
    rule: "py/xpath-injection",
  },
  {
    name: "an HTTP client method in a module that reads no input itself",
    files: {
      "views.py": VIEW("prices.quote(name)", "from pricing import Prices\n\nprices = Prices()"),
      "pricing.py": `import httpx\n\n\nclass Prices:\n    def __init__(self):\n        self.http = httpx.Client(timeout=5)\n\n    def quote(self, region):\n        return self.http.get(f"https://{region}.prices.example.net/v1").json()\n`,
    },
    expect: "pricing.py:9",
    rule: "py/ssrf",
    severity: "high",
    mentions: ["request.args", "prices.quote()"],
  },
  {
    name: "a MongoDB query in a module that reads no input, called on an annotated instance",
    files: {
      "views.py": `from flask import Flask, request\nfrom codes import Codes\n\napp = Flask(__name__)\n\n@app.post("/otp")\ndef otp():\n    data = request.get_json()\n    codes: Codes = app.config["codes"]\n    return str(codes.check(data.get("code")))\n`,
      "codes.py": `from pymongo.collection import Collection\n\n\nclass Codes:\n    def __init__(self, db):\n        self.otp = db["otp"]\n\n    def check(self, code):\n        return self.otp.find_one({"code": code}) is not None\n`,
    },
    expect: "codes.py:9",
    rule: "py/nosql-injection",
    severity: "high",
    mentions: ["request.get_json()", "codes.check()"],
  },
  {
    name: "a query-string value (a string) in another module's MongoDB filter: no operator object",
    files: {
      "views.py": `from flask import Flask, request\nfrom search import search_products\n\napp = Flask(__name__)\n\n@app.get("/search")\ndef search():\n    return str(search_products(request.args.get("q", "")))\n`,
      "search.py": `from pymongo import MongoClient\n\n_products = MongoClient("mongodb://db")["shop"]["products"]\n\n\ndef search_products(q):\n    return list(_products.find({"name": q}))\n`,
    },
    expect: null,
    rule: "py/nosql-injection",
  },
  {
    name: "a query-string value set as another module's $where body (JavaScript run by the server)",
    files: {
      "views.py": `from flask import Flask, request\nfrom search import search_products\n\napp = Flask(__name__)\n\n@app.get("/search")\ndef search():\n    return str(search_products(request.args.get("where")))\n`,
      "search.py": `from pymongo import MongoClient\n\n_products = MongoClient("mongodb://db")["shop"]["products"]\n\n\ndef search_products(extra):\n    flt = {"published": True}\n    if extra:\n        flt["$where"] = extra\n    return list(_products.find(flt))\n`,
    },
    expect: "search.py:10",
    rule: "py/nosql-injection",
    severity: "high",
    mentions: ["request.args", "search_products()"],
  },
  {
    name: "a JSON query parameter decoded before another module spreads it into its filter",
    files: {
      "views.py": `import json\nfrom flask import Flask, request\nfrom mongo import find_tickets\n\napp = Flask(__name__)\n\n@app.get("/tickets")\ndef tickets():\n    criteria = json.loads(request.args.get("filter", "{}"))\n    return str(find_tickets("me", criteria))\n`,
      "mongo.py": `from pymongo import MongoClient\n\n_db = MongoClient("mongodb://db").helpdesk\n\n\ndef find_tickets(owner, criteria):\n    query = {"owner": owner, **criteria}\n    return list(_db.tickets.find(query))\n`,
    },
    expect: "mongo.py:8",
    rule: "py/nosql-injection",
    severity: "high",
    mentions: ["request.args", "find_tickets()"],
  },
  {
    name: "a helper run in Starlette's thread pool (run_in_threadpool)",
    files: {
      "main.py": `from fastapi import FastAPI\nfrom starlette.concurrency import run_in_threadpool\nfrom ldapdir import group_members\n\napp = FastAPI()\n\n@app.get("/groups/{group}/members")\nasync def members(group: str):\n    return await run_in_threadpool(group_members, group)\n`,
      "ldapdir.py": `from ldap3 import Connection, SUBTREE\n\n\ndef group_members(group):\n    conn = Connection(SERVER, auto_bind=True)\n    conn.search(BASE, "(&(objectClass=groupOfNames)(cn=" + group + "))", SUBTREE)\n    return conn.entries\n`,
    },
    expect: "ldapdir.py:6",
    rule: "py/ldap-injection",
    severity: "high",
    mentions: ["group_members()"],
  },
  {
    name: "a helper run in a worker thread (asyncio.to_thread)",
    files: {
      "views.py": `import asyncio\nfrom aiohttp import web\nfrom restore import unpack\n\n\nasync def upload(request):\n    blob = await request.read()\n    await asyncio.to_thread(unpack, "/srv/restore", blob)\n    return web.Response(text="ok")\n`,
      "restore.py": `import io\nimport tarfile\n\n\ndef unpack(dest, blob):\n    with tarfile.open(fileobj=io.BytesIO(blob)) as tar:\n        tar.extractall(path=dest)\n`,
    },
    expect: "restore.py:7",
    rule: "py/path-traversal",
    severity: "high",
    mentions: ["request.read()", "unpack()"],
  },
  {
    name: "an upload's client-chosen name written by a storage helper that reads no input",
    files: {
      "main.py": `from fastapi import FastAPI, UploadFile\nfrom files import store_upload\n\napp = FastAPI()\n\n\n@app.post("/documents")\nasync def upload(doc: UploadFile):\n    return {"stored": await store_upload(doc.filename, await doc.read())}\n`,
      "files.py": `import os\n\nimport aiofiles\n\n\nasync def store_upload(filename, data):\n    path = os.path.join("/srv/documents", filename)\n    os.makedirs(os.path.dirname(path), exist_ok=True)\n    async with aiofiles.open(path, "wb") as fh:\n        await fh.write(data)\n    return path\n`,
    },
    expect: "files.py:9",
    rule: "py/path-traversal",
    severity: "high",
  },
  {
    name: "a storage helper that keeps only the upload name's last component (twin)",
    files: {
      "main.py": `from fastapi import FastAPI, UploadFile\nfrom files import store_upload\n\napp = FastAPI()\n\n\n@app.post("/documents")\nasync def upload(doc: UploadFile):\n    return {"stored": await store_upload(doc.filename, await doc.read())}\n`,
      "files.py": `import os\n\nimport aiofiles\n\n\nasync def store_upload(filename, data):\n    path = os.path.join("/srv/documents", os.path.basename(filename))\n    async with aiofiles.open(path, "wb") as fh:\n        await fh.write(data)\n    return path\n`,
    },
    expect: null,
    rule: "py/path-traversal",
  },
  {
    name: "a request value stored in the session by a helper of another module",
    files: {
      "views.py": SESSION_VIEW("remember(session, request.args['team'])"),
      "auth.py": `def remember(session, value):\n    session["team"] = value\n`,
    },
    expect: "auth.py:2",
    rule: "py/trust-boundary",
    severity: "medium",
    mentions: ["request.args", "remember()"],
  },
  {
    name: "safe twin: the helper stores what a lookup returned for the value",
    files: {
      "views.py": SESSION_VIEW("remember(session, find_team(request.args['team']))"),
      "auth.py": `def remember(session, value):\n    session["team"] = value\n`,
    },
    expect: null,
    rule: "py/trust-boundary",
  },
  {
    name: "LDAP through a same-file helper handed to a worker thread (asyncio.to_thread)",
    files: {
      "handlers.py": `from aiohttp import web\nfrom people import search_by_mail\n\nasync def find(request: web.Request):\n    mail = request.query.get("mail", "")\n    return web.json_response(await search_by_mail(request.app["ldap"], mail))\n`,
      "people.py": LDAP_PEOPLE(`"(mail=" + mail + ")"`),
    },
    expect: "people.py:6",
    rule: "py/ldap-injection",
    mentions: ["request.query", "handlers.py line 5"],
    severity: "high",
  },
  {
    name: "safe twin: the same-file helper escapes the value",
    files: {
      "handlers.py": `from aiohttp import web\nfrom people import search_by_mail\n\nasync def find(request: web.Request):\n    mail = request.query.get("mail", "")\n    return web.json_response(await search_by_mail(request.app["ldap"], mail))\n`,
      "people.py": LDAP_PEOPLE(`"(mail=" + escape_filter_chars(mail) + ")"`),
    },
    expect: null,
    rule: "py/ldap-injection",
  },
  {
    name: "SQL through a private helper the imported function calls",
    files: {
      "app/__init__.py": "",
      "app/views.py": VIEW("find_user(name)"),
      "app/db.py": `import sqlite3\n\nconn = sqlite3.connect("app.db")\n\ndef _query(sql):\n    return conn.execute(sql).fetchall()\n\ndef find_user(name):\n    return _query(f"SELECT * FROM users WHERE name = '{name}'")\n`,
    },
    expect: "app/db.py:6",
    rule: "py/sql-injection",
  },
];

/** A Flask view that hands the session and a value to `remember` from auth.py. */
function SESSION_VIEW(call: string): string {
  return `from flask import Flask, request, session
from auth import remember
from teams import find_team

app = Flask(__name__)

@app.get("/team")
def team():
    ${call}
    return "ok"
`;
}

/** ldap3 as documented: `Connection.search(search_base, search_filter, ...)`. */
function LDAP_MODULE(filter: string): string {
  return `from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

class People:
    def __init__(self):
        self.server = Server("ldaps://dir.example.org")

    def lookup(self, name):
        with Connection(self.server, auto_bind=True) as conn:
            conn.search("ou=people,dc=example,dc=org", ${filter})
            return list(conn.entries)
`;
}

/** lxml as documented: `_ElementTree.xpath(path, **variables)`. */
function XPATH_MODULE(args: string): string {
  return `from lxml import etree

TREE = etree.parse("books.xml")


def find_title(title):
    return TREE.xpath(${args})
`;
}

describe("data flow across files (Python)", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const review = reviewFiles(c.files);
      if (c.expect === null) {
        // The per-file analysis may still note a helper's parameter at medium; the cross-file step adds nothing.
        expect(review.drafts).toEqual(review.perFile);
        return;
      }
      const found = review.drafts.filter((d) => d.ruleId === c.rule && d.confidence >= 0.5);
      expect(found.map((d) => `${d.file}:${d.range.start.line}`)).toEqual([c.expect]);
      const [finding] = found;
      // A remote source across files keeps the rule's full severity; a per-file guess about callers is at most medium.
      expect(finding?.severity).toBe(c.severity ?? "critical");
      for (const words of c.mentions ?? []) expect(finding?.description).toContain(words);
    });
  }
});

/** A FastAPI view that returns the page an imported helper builds from the request's `ref`. */
const PAGE_VIEW = `from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from pages import not_found_page

app = FastAPI()

@app.get("/track")
async def track(ref: str = ""):
    return HTMLResponse(not_found_page(ref), status_code=404)
`;

/** The helper as a module of the app writes it, escaping (or not) before formatting. */
function PAGES(value: string): string {
  return `import html

TEMPLATE = "<h1>No order {ref}</h1>"


def not_found_page(ref):
    message = ${value}
    return TEMPLATE.format(ref=message)
`;
}

/** The helper returning a triple-quoted page whose value stands below the return's first line. */
function MULTILINE_PAGE(value: string): string {
  return `import html


def not_found_page(ref):
    ref = ${value}
    return f"""<!doctype html>
<html><body>
<h1>No order {ref}</h1>
</body></html>"""
`;
}

const WITHDRAWN: readonly { readonly name: string; readonly files: Files; readonly kept: boolean }[] = [
  {
    name: "a file's XSS finding stays when the imported helper formats the request value as it is",
    files: { "main.py": PAGE_VIEW, "pages.py": PAGES("ref") },
    kept: true,
  },
  {
    name: "withdrawn when the imported helper escapes the value before formatting it",
    files: { "main.py": PAGE_VIEW, "pages.py": PAGES("html.escape(ref)") },
    kept: false,
  },
  {
    name: "withdrawn when the imported helper renders the value through an autoescaping Jinja environment",
    files: {
      "main.py": PAGE_VIEW,
      "pages.py": `from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("t"), autoescape=select_autoescape(["html"]))


def not_found_page(ref):
    page = env.get_template("missing.html")
    return page.render(ref=ref)
`,
    },
    kept: false,
  },
  {
    name: "withdrawn when the helper escapes the value and returns it in a page written over several lines",
    files: { "main.py": PAGE_VIEW, "pages.py": MULTILINE_PAGE("html.escape(ref, quote=True)") },
    kept: false,
  },
  {
    name: "kept when the helper returns the value as it is in a page written over several lines",
    files: { "main.py": PAGE_VIEW, "pages.py": MULTILINE_PAGE("ref.strip()") },
    kept: true,
  },
  {
    name: "withdrawn when the imported helper returns a constant table's entry for the value, not the value",
    files: {
      "main.py": PAGE_VIEW,
      "pages.py": `PAGES = {"A1": "<h1>Order A1 shipped</h1>"}


def not_found_page(ref):
    return PAGES.get(ref.strip().upper(), "<h1>No such order</h1>")
`,
    },
    kept: false,
  },
  {
    name: "kept when the imported helper returns the table's entry or, failing that, the value",
    files: {
      "main.py": PAGE_VIEW,
      "pages.py": `PAGES = {"A1": "<h1>Order A1 shipped</h1>"}


def not_found_page(ref):
    return PAGES.get(ref.strip().upper(), ref)
`,
    },
    kept: true,
  },
  {
    name: "kept when the helper's module is not in the review (its summary is unknown)",
    files: { "main.py": PAGE_VIEW, "other.py": PAGES("html.escape(ref)") },
    kept: true,
  },
];

describe("per-file findings on input passed through another module (Python)", () => {
  for (const c of WITHDRAWN) {
    it(c.name, () => {
      const review = reviewFiles(c.files);
      const at = (drafts: typeof review.drafts): string[] =>
        drafts.filter((d) => d.ruleId === "py/xss").map((d) => `${d.file}:${d.range.start.line}`);
      expect(at(review.perFile)).toEqual(["main.py:9"]);
      expect(at(review.drafts)).toEqual(c.kept ? ["main.py:9"] : []);
    });
  }
});

const NEXT_VIEW = `from flask import Flask, redirect, request

from urls import safe_next

app = Flask(__name__)

@app.post("/login")
def login():
    target = safe_next(request.args.get("next"), default="/")
    return redirect(target)
`;

/** The app's own redirect helper, returning the value past the check `check` (or the default). */
function URLS(check: string): string {
  return `from urllib.parse import urlsplit


def safe_next(candidate, default):
    if not candidate:
        return default
    parts = urlsplit(candidate)
    if ${check}:
        return default
    return candidate
`;
}

const REDIRECT_HELPERS: readonly { readonly name: string; readonly files: Files; readonly kept: boolean }[] =
  [
    {
      name: "withdrawn when the imported helper refuses a host before handing the target back",
      files: {
        "main.py": NEXT_VIEW,
        "urls.py": URLS(`parts.scheme or parts.netloc or not candidate.startswith("/")`),
      },
      kept: false,
    },
    {
      name: "withdrawn when the imported helper pins the host to an allow-list",
      files: { "main.py": NEXT_VIEW, "urls.py": URLS(`parts.netloc and parts.netloc not in ALLOWED_HOSTS`) },
      kept: false,
    },
    {
      name: "kept when the helper checks only the leading slash (//evil.example passes)",
      files: { "main.py": NEXT_VIEW, "urls.py": URLS(`not candidate.startswith("/")`) },
      kept: true,
    },
    {
      name: "kept when the helper tests the host as a substring",
      files: { "main.py": NEXT_VIEW, "urls.py": URLS(`"example.com" not in parts.netloc`) },
      kept: true,
    },
    {
      name: "kept when the helper's module is not in the review",
      files: { "main.py": NEXT_VIEW, "other.py": URLS(`parts.scheme or parts.netloc`) },
      kept: true,
    },
  ];

describe("per-file redirect findings through an imported URL check (Python)", () => {
  for (const c of REDIRECT_HELPERS) {
    it(c.name, () => {
      const review = reviewFiles(c.files);
      const at = (drafts: typeof review.drafts): string[] =>
        drafts.filter((d) => d.ruleId === "py/open-redirect").map((d) => `${d.file}:${d.range.start.line}`);
      expect(at(review.perFile)).toEqual(["main.py:10"]);
      expect(at(review.drafts)).toEqual(c.kept ? ["main.py:10"] : []);
    });
  }
});

const GUARDED_VIEW = `from flask import Flask, redirect, request, url_for

from safe_urls import is_local_path

app = Flask(__name__)

@app.get("/logout")
def logout():
    target = request.args.get("return_to", "")
    if not is_local_path(target):
        target = url_for("home")
    return redirect(target)
`;

/** The app's own predicate in another module, returning `check` for a parsed target. */
function PREDICATE(check: string): string {
  return `from urllib.parse import urlsplit


def is_local_path(target):
    parts = urlsplit(target)
    return ${check}
`;
}

const IMPORTED_PREDICATES: readonly {
  readonly name: string;
  readonly files: Files;
  readonly kept: boolean;
}[] = [
  {
    name: "withdrawn when the imported predicate requires a path with no host",
    files: {
      "main.py": GUARDED_VIEW,
      "safe_urls.py": PREDICATE(
        `target.startswith("/") and not target.startswith("//") and not parts.netloc`,
      ),
    },
    kept: false,
  },
  {
    name: "kept when the imported predicate checks only the leading slash (//evil.example passes)",
    files: { "main.py": GUARDED_VIEW, "safe_urls.py": PREDICATE(`target.startswith("/")`) },
    kept: true,
  },
  {
    name: "kept when the imported predicate tests a trusted host as a substring",
    files: { "main.py": GUARDED_VIEW, "safe_urls.py": PREDICATE(`"example.com" in parts.netloc`) },
    kept: true,
  },
];

describe("per-file redirect findings guarded by an imported predicate (Python)", () => {
  for (const c of IMPORTED_PREDICATES) {
    it(c.name, () => {
      const review = reviewFiles(c.files);
      const at = (drafts: typeof review.drafts): string[] =>
        drafts.filter((d) => d.ruleId === "py/open-redirect").map((d) => `${d.file}:${d.range.start.line}`);
      expect(at(review.perFile)).toEqual(["main.py:12"]);
      expect(at(review.drafts)).toEqual(c.kept ? ["main.py:12"] : []);
    });
  }
});
