import os
from ldap3 import Server, Connection, SUBTREE
from ldap3.utils.conv import escape_filter_chars

SERVER = Server(os.environ.get("LDAP_URL", "ldaps://ldap.example.org"))
BASE = "ou=groups,dc=example,dc=org"

def _conn() -> Connection:
    return Connection(SERVER, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True, read_only=True)

def group_members(group: str) -> list:
    conn = _conn()
    try:
        flt = "(&(objectClass=groupOfNames)(cn=" + escape_filter_chars(group) + "))"
        conn.search(BASE, flt, SUBTREE, attributes=["member"])  # escaped
        return [str(m) for e in conn.entries for m in e.member.values]
    finally:
        conn.unbind()
