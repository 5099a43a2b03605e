from ldap3 import Connection, Server, SUBTREE
from ldap3.utils.conv import escape_filter_chars

BASE_DN = "ou=people,dc=example,dc=org"
_server = Server("ldap://ldap.internal:389")


def lookup_person(uid: str) -> list[dict]:
    conn = Connection(_server, auto_bind=True)
    flt = "(&(objectClass=inetOrgPerson)(uid=" + uid + "))"
    conn.search(BASE_DN, flt, SUBTREE, attributes=["cn", "mail", "telephoneNumber"])  # cg-expect: CWE-90
    out = [{"cn": str(e.cn), "mail": str(e.mail)} for e in conn.entries]
    conn.unbind()
    return out
