import { testRule } from "../rule-tester.js";
import rule from "./ldap-injection.js";

testRule(rule, {
  valid: [
    {
      name: "ldap3: a bind DN with the login name escaped as an RDN value",
      code: `from fastapi import Depends, FastAPI\nfrom fastapi.security import OAuth2PasswordRequestForm\nfrom ldap3 import Connection, Server\nfrom ldap3.utils.dn import escape_rdn\n\napp = FastAPI()\nSERVER = Server("ldaps://ldap.corp.example")\n\n\n@app.post("/token")\nasync def token(form: OAuth2PasswordRequestForm = Depends()):\n    user_dn = f"uid={escape_rdn(form.username)},ou=people,dc=corp"\n    conn = Connection(SERVER, user=user_dn, password=form.password, auto_bind=True)\n    return {"ok": conn.bound}\n`,
    },
    {
      name: "python-ldap: binding as the DN a search returned (names a real entry)",
      code: `import ldap\nfrom flask import request\n\n\n@app.post("/login")\ndef login():\n    conn = ldap.initialize(URI)\n    for dn, _ in conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=%s)" % ldap.filter.escape_filter_chars(request.form["u"])):\n        conn.simple_bind_s(dn, request.form["p"])\n    return "ok"\n`,
    },
    {
      name: "a DN the directory returned, modified as it is",
      code: `import ldap\nfrom flask import request\n\n@app.post("/disable")\ndef disable():\n    flt = "(uid=" + ldap.filter.escape_filter_chars(request.form["uid"]) + ")"\n    for dn, _ in CONN.search_s("ou=people,dc=x", ldap.SCOPE_SUBTREE, flt):\n        CONN.modify_s(dn, [(ldap.MOD_REPLACE, "loginShell", [b"/bin/false"])])\n`,
    },
    {
      name: "a DN built with escape_rdn",
      code: `from flask import request\nfrom ldap3.utils.dn import escape_rdn\n\n@app.post("/phone")\ndef phone():\n    dn = "uid=" + escape_rdn(request.form["uid"]) + ",ou=people,dc=x"\n    conn.modify(dn, {"telephoneNumber": [("MODIFY_REPLACE", [request.form["phone"]])]})\n    return "ok"\n`,
    },
    {
      name: "modify on a dict-like receiver is not an LDAP call",
      code: `from flask import request\nimport ldap3\n\n@app.post("/x")\ndef x():\n    key = "k:" + request.form["k"]\n    cache.delete(key)\n    return "ok"\n`,
    },
    {
      name: "bonsai search with the value escaped by escape_filter_exp",
      code: `import bonsai\nfrom aiohttp import web\n\nasync def rooms(request):\n    name = bonsai.escape_filter_exp(request.query["name"])\n    async with bonsai.LDAPClient("ldap://dir").connect(is_async=True) as conn:\n        found = await conn.search("ou=rooms,dc=x", bonsai.LDAPSearchScope.SUBTREE, f"(cn={name})")\n    return web.json_response(len(found))\n`,
    },
    {
      name: "escaped with escape_filter_chars",
      code: `import ldap\nfrom ldap.filter import escape_filter_chars\nfrom flask import request\n\n@app.route("/who")\ndef who():\n    user = request.args["u"]\n    conn = ldap.initialize("ldap://dir")\n    flt = "(uid=%s)" % escape_filter_chars(user)\n    return str(conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, flt))\n`,
    },
    {
      name: "constant filter",
      code: `import ldap\nconn = ldap.initialize("ldap://dir")\nconn.search_s("dc=x", ldap.SCOPE_SUBTREE, "(objectClass=person)")\n`,
    },
    { name: "re.search is not LDAP", code: `import re, ldap, sys\nm = re.search(sys.argv[1], "text")\n` },
    {
      name: "command-line value put in with filter_format",
      code: `import argparse\nimport ldap\nfrom ldap.filter import filter_format\n\n\ndef lock(conn, uid):\n    flt = filter_format("(&(objectClass=person)(uid=%s))", [uid])\n    return conn.search_s("ou=staff,dc=corp", ldap.SCOPE_SUBTREE, flt)\n\n\nif __name__ == "__main__":\n    opts = argparse.ArgumentParser().parse_args()\n    lock(ldap.initialize("ldaps://dir"), opts.uid)\n`,
    },
  ],
  invalid: [
    {
      name: "ldap3: binding as a DN built from the login form (FastAPI's OAuth2 form dependency)",
      code: `from fastapi import Depends, FastAPI\nfrom fastapi.security import OAuth2PasswordRequestForm\nfrom ldap3 import Connection, Server\nfrom ldap3.utils.dn import escape_rdn\n\napp = FastAPI()\nSERVER = Server("ldaps://ldap.corp.example")\n\n\n@app.post("/token")\nasync def token(form: OAuth2PasswordRequestForm = Depends()):\n    user_dn = f"uid={form.username},ou=people,dc=corp"\n    conn = Connection(SERVER, user=user_dn, password=form.password, auto_bind=True)\n    return {"ok": conn.bound}\n`,
      lines: [13],
    },
    {
      name: "python-ldap: simple_bind_s as a DN concatenated from the request",
      code: `import ldap\nfrom flask import request\n\n\n@app.post("/login")\ndef login():\n    conn = ldap.initialize(URI)\n    conn.simple_bind_s("uid=" + request.form["u"] + ",ou=people,dc=corp", request.form["p"])\n    return "ok"\n`,
      lines: [8],
    },
    {
      name: "an ldap3 modify of a DN built from the request",
      code: `from flask import request\nfrom ldap3 import MODIFY_REPLACE\n\n@app.post("/phone")\ndef phone():\n    dn = "uid=" + request.form["uid"] + ",ou=people,dc=x"\n    conn.modify(dn, {"telephoneNumber": [(MODIFY_REPLACE, [request.form["phone"]])]})\n    return "ok"\n`,
      lines: [7],
    },
    {
      name: "a python-ldap delete_s of an f-string DN",
      code: `import ldap\n\ndef remove(request):\n    ldap_conn.delete_s(f"cn={request.POST['cn']},ou=groups,dc=x")\n`,
      lines: [4],
    },
    {
      name: "bonsai search: the filter is the third argument",
      code: `import bonsai\nfrom aiohttp import web\n\nasync def rooms(request):\n    name = request.query["name"]\n    async with bonsai.LDAPClient("ldap://dir").connect(is_async=True) as conn:\n        found = await conn.search("ou=rooms,dc=x", bonsai.LDAPSearchScope.SUBTREE, f"(cn={name})")\n    return web.json_response(len(found))\n`,
      lines: [7],
    },
    {
      name: "python-ldap filter from a form",
      code: `import ldap\nfrom flask import request\n\n@app.post("/login")\ndef login():\n    username = request.form["username"]\n    conn = ldap.initialize("ldap://dir")\n    search_filter = "(&(uid=" + username + ")(objectClass=person))"\n    result = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, search_filter)\n    return str(bool(result))\n`,
      lines: [9],
    },
    {
      name: "ldap3 Connection.search with an f-string",
      code: `from ldap3 import Server, Connection\n\ndef lookup(request):\n    mail = request.GET.get("mail")\n    conn = Connection(Server("ldap://dir"), auto_bind=True)\n    conn.search("dc=example,dc=com", f"(mail={mail})")\n    return conn.entries\n`,
      lines: [6],
    },
    {
      name: "filter built from the object's own settings and an unescaped argument",
      code: `import ldap\n\n\nclass Directory:\n    def __init__(self, uri, people_ou):\n        self.conn = ldap.initialize(uri)\n        self.people_ou = people_ou\n\n    def find(self, login):\n        flt = f"(&(objectClass=person)(ou={self.people_ou})(uid={login}))"\n        return self.conn.search_s(self.people_ou, ldap.SCOPE_SUBTREE, flt)\n\n\ndef find_view(request, directory: Directory):\n    return directory.find(request.GET["login"])\n`,
      lines: [11],
    },
    {
      name: "command-line value concatenated into the filter",
      code: `import argparse\nimport ldap\n\n\ndef lock(conn, uid):\n    flt = "(&(objectClass=person)(uid=" + uid + "))"\n    return conn.search_s("ou=staff,dc=corp", ldap.SCOPE_SUBTREE, flt)\n\n\nif __name__ == "__main__":\n    opts, _rest = argparse.ArgumentParser().parse_known_args()\n    lock(ldap.initialize("ldaps://dir"), opts.uid)\n`,
      lines: [7],
    },
  ],
});
