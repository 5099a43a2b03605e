import os
from ldap3 import Server, Connection, SUBTREE
from ldap3.utils.conv import escape_filter_chars

BASE_DN = "ou=people,dc=example,dc=org"


def _conn():
    server = Server(os.environ["LDAP_HOST"], use_ssl=True)
    return Connection(server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True)


def lookup_person(uid: str):
    flt = f"(&(objectClass=inetOrgPerson)(uid={uid}))"
    conn = _conn()
    try:
        conn.search(BASE_DN, flt, SUBTREE, attributes=["cn", "mail"])  # cg-expect: CWE-90
        return [{"cn": str(e.cn), "mail": str(e.mail)} for e in conn.entries]
    finally:
        conn.unbind()
