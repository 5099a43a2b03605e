import os

import ldap
from ldap.filter import escape_filter_chars

BASE = "ou=groups,dc=corp,dc=example"


def _conn():
    c = ldap.initialize(os.environ.get("LDAP_URI", "ldaps://dc1.corp.example"))
    c.simple_bind_s(os.environ["LDAP_USER"], os.environ["LDAP_PASS"])
    return c


def members_of(group: str) -> list[str]:
    conn = _conn()
    flt = "(&(objectClass=groupOfNames)(cn=" + group + "))"
    res = conn.search_s(BASE, ldap.SCOPE_SUBTREE, flt, ["member"])  # cg-expect: CWE-90
    out = []
    for _dn, attrs in res:
        out.extend(m.decode() for m in attrs.get("member", []))
    return out
