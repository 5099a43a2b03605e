import ldap
from ldap.filter import escape_filter_chars

from ldap_conn import get_connection

BASE = "ou=users,dc=example,dc=net"


def autocomplete(prefix: str, limit: int = 15):
    flt = f"(&(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2))(cn={escape_filter_chars(prefix)}*))"
    conn = get_connection()
    results = conn.search_ext_s(BASE, ldap.SCOPE_SUBTREE, flt, ["cn", "mail"], sizelimit=limit)
    out = []
    for dn, attrs in results:
        if dn is None:
            continue
        out.append({
            "name": attrs.get("cn", [b""])[0].decode(),
            "mail": attrs.get("mail", [b""])[0].decode(),
        })
    return out
