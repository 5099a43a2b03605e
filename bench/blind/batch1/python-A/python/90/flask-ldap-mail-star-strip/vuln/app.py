import os

from flask import Flask, jsonify, request
from ldap3 import Connection, Server

app = Flask(__name__)
SERVER = Server(os.environ.get("LDAP_URL", "ldaps://ldap.internal:636"), use_ssl=True)
BASE = "ou=users,dc=internal"


def sanitize(value: str) -> str:
    # wildcards would let people enumerate the directory
    return value.replace("*", "")


@app.post("/recover/username")
def recover_username():
    email = sanitize(request.form.get("email", ""))
    if "@" not in email:
        return jsonify({"error": "enter your e-mail address"}), 400
    conn = Connection(SERVER, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True)
    try:
        conn.search(BASE, "(&(objectClass=person)(mail=" + email + "))", attributes=["uid"])  # cg-expect: CWE-90
        found = [str(e.uid) for e in conn.entries]
    finally:
        conn.unbind()
    # the real app e-mails the uid; the API only confirms that something was sent
    return jsonify({"sent": bool(found), "matches": len(found)})
