from django.conf import settings
from django.contrib.auth import get_user_model
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars


class DirectoryBackend:
    def authenticate(self, request, username=None, password=None):
        if not username or not password:
            return None
        server = Server(settings.LDAP_URL)
        svc = Connection(server, settings.LDAP_SVC_DN, settings.LDAP_SVC_PW, auto_bind=True)
        svc.search(settings.LDAP_BASE, f"(sAMAccountName={escape_filter_chars(username)})", attributes=["mail"])
        if len(svc.entries) != 1:
            return None
        dn = svc.entries[0].entry_dn
        if not Connection(server, dn, password).bind():
            return None
        user, _ = get_user_model().objects.get_or_create(username=username)
        return user

    def get_user(self, user_id):
        return get_user_model().objects.filter(pk=user_id).first()
