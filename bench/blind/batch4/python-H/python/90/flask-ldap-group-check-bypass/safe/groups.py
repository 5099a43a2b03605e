from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

SERVER = Server("ldaps://ldap.corp.example")
BASE = "dc=corp,dc=example"


def is_member(username: str, group: str) -> bool:
    username = escape_filter_chars(username)
    flt = f"(&(uid={username})(memberOf=cn={group},ou=groups,{BASE}))"
    with Connection(SERVER, auto_bind=True) as conn:
        conn.search(BASE, flt, attributes=["uid"])
        return len(conn.entries) > 0
