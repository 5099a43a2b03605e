from flask import Flask, jsonify, request
from ldap3 import ALL, Connection, Server

app = Flask(__name__)
BASE_DN = "ou=people,dc=example,dc=org"


@app.route("/directory/user")
def find_user():
    uid = request.args.get("uid", "")
    server = Server("ldap://ldap.internal", get_info=ALL)
    conn = Connection(server, auto_bind=True)
    search_filter = "(&(objectClass=person)(uid=" + uid + "))"
    conn.search(BASE_DN, search_filter, attributes=["cn", "mail"])  # cg-expect: CWE-90
    return jsonify([str(e.mail) for e in conn.entries])
