from ldap3 import ALL, Connection, Server
from ldap3.utils.conv import escape_filter_chars

from config import LDAP_BIND_DN, LDAP_BIND_PW, LDAP_URL

BASE_DN = "ou=people,dc=example,dc=org"


def _conn():
    server = Server(LDAP_URL, get_info=ALL, use_ssl=True)
    return Connection(server, LDAP_BIND_DN, LDAP_BIND_PW, auto_bind=True)


def lookup_person(uid: str):
    flt = f"(&(objectClass=inetOrgPerson)(uid={escape_filter_chars(uid)}))"
    with _conn() as conn:
        conn.search(BASE_DN, flt, attributes=["cn", "mail", "telephoneNumber"])
        return [
            {"cn": str(e.cn), "mail": str(e.mail), "phone": str(e.telephoneNumber)}
            for e in conn.entries
        ]
