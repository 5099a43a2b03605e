import os

from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

_server = Server(os.environ.get("LDAP_URL", "ldaps://ldap.corp.example"))


def is_member(username: str, group_dn: str) -> bool:
    if "*" in username:
        return False
    safe_user = username
    conn = Connection(_server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True)
    try:
        flt = f"(&(uid={safe_user})(memberOf={escape_filter_chars(group_dn)}))"
        conn.search("ou=people,dc=corp,dc=example", flt, attributes=["uid"])  # cg-expect: CWE-90
        return len(conn.entries) > 0
    finally:
        conn.unbind()
