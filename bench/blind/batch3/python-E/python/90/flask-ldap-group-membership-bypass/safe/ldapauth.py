import os
from ldap3 import Server, Connection
from ldap3.utils.conv import escape_filter_chars

BASE = "dc=corp,dc=example"

def _clean(value: str) -> str:
    return escape_filter_chars(value)

def user_in_group(username: str, group: str) -> bool:
    conn = Connection(Server("ldaps://ldap.corp.example"), os.environ["LDAP_DN"], os.environ["LDAP_PW"], auto_bind=True)
    flt = "(&(uid=%s)(memberOf=cn=%s,ou=groups,%s))" % (_clean(username), group, BASE)
    conn.search(BASE, flt, attributes=["uid"])  # username escaped per RFC 4515
    return len(conn.entries) > 0
