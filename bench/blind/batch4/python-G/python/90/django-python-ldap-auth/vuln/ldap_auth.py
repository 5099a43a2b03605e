import ldap
from ldap.filter import filter_format
from django.conf import settings


def ldap_login(username: str, password: str) -> bool:
    if not username or not password:
        return False
    conn = ldap.initialize(settings.LDAP_URI)
    conn.simple_bind_s(settings.LDAP_SERVICE_DN, settings.LDAP_SERVICE_PW)
    flt = "(&(objectClass=person)(sAMAccountName=%s))" % username
    res = conn.search_s(settings.LDAP_BASE, ldap.SCOPE_SUBTREE, flt, ["dn"])  # cg-expect: CWE-90
    if len(res) != 1:
        return False
    user_dn = res[0][0]
    try:
        conn.simple_bind_s(user_dn, password)
        return True
    except ldap.INVALID_CREDENTIALS:
        return False
    finally:
        conn.unbind_s()
