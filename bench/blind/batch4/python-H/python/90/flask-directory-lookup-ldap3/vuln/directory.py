from ldap3 import Server, Connection, SUBTREE
from ldap3.utils.conv import escape_filter_chars

from settings import LDAP_URL, LDAP_BIND_DN, LDAP_BIND_PW

BASE_DN = "ou=people,dc=example,dc=org"


def find_person(uid: str) -> list[dict]:
    conn = Connection(Server(LDAP_URL), LDAP_BIND_DN, LDAP_BIND_PW, auto_bind=True)
    try:
        flt = f"(&(objectClass=inetOrgPerson)(uid={uid}))"
        conn.search(BASE_DN, flt, SUBTREE, attributes=["cn", "mail"])  # cg-expect: CWE-90
        return [{"cn": str(e.cn), "mail": str(e.mail)} for e in conn.entries]
    finally:
        conn.unbind()
