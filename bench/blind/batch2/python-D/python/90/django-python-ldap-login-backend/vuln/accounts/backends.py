import ldap
from ldap.filter import filter_format
from django.conf import settings
from django.contrib.auth import get_user_model


class CorporateLDAPBackend:
    def authenticate(self, request, username=None, password=None):
        if not username or not password:
            return None
        conn = ldap.initialize(settings.LDAP_URI)
        conn.set_option(ldap.OPT_REFERRALS, 0)
        conn.simple_bind_s(settings.LDAP_SERVICE_DN, settings.LDAP_SERVICE_PASSWORD)
        query = "(&(objectClass=person)(sAMAccountName=%s)(memberOf=%s))" % (username, settings.LDAP_ALLOWED_GROUP)
        results = conn.search_s(settings.LDAP_BASE, ldap.SCOPE_SUBTREE, query, ["mail", "displayName"])  # cg-expect: CWE-90
        entries = [r for r in results if r[0]]
        if len(entries) != 1:
            return None
        user_dn, attrs = entries[0]
        try:
            conn.simple_bind_s(user_dn, password)
        except ldap.INVALID_CREDENTIALS:
            return None
        finally:
            conn.unbind_s()
        user, _ = get_user_model().objects.get_or_create(username=username.lower())
        user.email = attrs.get("mail", [b""])[0].decode()
        user.save(update_fields=["email"])
        return user

    def get_user(self, user_id):
        return get_user_model().objects.filter(pk=user_id).first()
