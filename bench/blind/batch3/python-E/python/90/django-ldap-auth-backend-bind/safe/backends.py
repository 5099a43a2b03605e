import ldap
from ldap.filter import filter_format
from django.conf import settings
from django.contrib.auth import get_user_model

class CorpLdapBackend:
    base = "ou=users,dc=corp,dc=example"

    def authenticate(self, request, username=None, password=None):
        conn = ldap.initialize(settings.LDAP_URI)
        conn.simple_bind_s(settings.LDAP_SERVICE_DN, settings.LDAP_SERVICE_PW)
        flt = filter_format("(&(objectClass=inetOrgPerson)(uid=%s))", [username])
        results = conn.search_s(self.base, ldap.SCOPE_SUBTREE, flt, ["dn"])  # filter_format escapes the value
        if len(results) != 1:
            return None
        dn = results[0][0]
        try:
            conn.simple_bind_s(dn, password)
        except ldap.INVALID_CREDENTIALS:
            return None
        user, _ = get_user_model().objects.get_or_create(username=username)
        return user

    def get_user(self, user_id):
        return get_user_model().objects.filter(pk=user_id).first()
