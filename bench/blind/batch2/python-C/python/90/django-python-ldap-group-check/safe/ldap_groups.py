import ldap
from ldap.filter import filter_format
from django.conf import settings


class GroupDirectory:
    base = "ou=groups,dc=corp,dc=example"

    def _bind(self):
        conn = ldap.initialize(settings.LDAP_URI)
        conn.simple_bind_s(settings.LDAP_BIND_DN, settings.LDAP_BIND_PASSWORD)
        return conn

    def is_member(self, group: str, username: str) -> bool:
        conn = self._bind()
        try:
            flt = filter_format("(&(objectClass=groupOfNames)(cn=%s)(memberUid=%s))", [group, username])
            results = conn.search_s(self.base, ldap.SCOPE_SUBTREE, flt, ["cn"])
            return len(results) > 0
        finally:
            conn.unbind_s()
