import ldap
from ldap.filter import filter_format
from django.conf import settings
from django.contrib.auth import get_user_model


class DirectoryBackend:
    def _find_dn(self, conn, username: str):
        flt = "(&(objectClass=person)(sAMAccountName=%s))" % username
        res = conn.search_s(settings.LDAP_BASE_DN, ldap.SCOPE_SUBTREE, flt, ["dn"])  # cg-expect: CWE-90
        return res[0][0] if res else None

    def authenticate(self, request, username=None, password=None):
        if not username or not password:
            return None
        conn = ldap.initialize(settings.LDAP_URI)
        conn.simple_bind_s(settings.LDAP_BIND_DN, settings.LDAP_BIND_PASSWORD)
        dn = self._find_dn(conn, username)
        if dn is None:
            return None
        try:
            conn.simple_bind_s(dn, password)
        except ldap.INVALID_CREDENTIALS:
            return None
        user, _ = get_user_model().objects.get_or_create(username=username)
        return user

    def get_user(self, user_id):
        return get_user_model().objects.filter(pk=user_id).first()
