from flask import Flask, jsonify, request
from ldap3 import ALL, Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
BASE_DN = "ou=people,dc=example,dc=org"


@app.route("/directory/user")
def find_user():
    uid = request.args.get("uid", "")
    server = Server("ldap://ldap.internal", get_info=ALL)
    conn = Connection(server, auto_bind=True)
    search_filter = "(&(objectClass=person)(uid=" + escape_filter_chars(uid) + "))"
    conn.search(BASE_DN, search_filter, attributes=["cn", "mail"])
    return jsonify([str(e.mail) for e in conn.entries])
