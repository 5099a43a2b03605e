import os

import ldap

GROUP_BASE = "ou=groups,dc=corp,dc=example"


def _bind():
    conn = ldap.initialize(os.environ.get("LDAP_URI", "ldaps://ldap.corp.example"))
    conn.set_option(ldap.OPT_REFERRALS, 0)
    conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"])
    return conn


def resolve_membership(user_dn: str, group: str) -> str | None:
    """Return the canonical cn of `group` if user_dn is a member of it."""
    conn = _bind()
    try:
        flt = "(&(objectClass=groupOfNames)(cn=%s)(member=%s))" % (group, user_dn)
        results = conn.search_s(GROUP_BASE, ldap.SCOPE_ONELEVEL, flt, ["cn"])  # cg-expect: CWE-90
        if not results:
            return None
        _dn, attrs = results[0]
        return attrs["cn"][0].decode()
    finally:
        conn.unbind_s()
