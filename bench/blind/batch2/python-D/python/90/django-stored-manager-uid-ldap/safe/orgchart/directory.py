from django.conf import settings
from ldap3 import Connection, Server, SUBTREE
from ldap3.utils.conv import escape_filter_chars


class Directory:
    def __init__(self):
        self.server = Server(settings.LDAP_URL, use_ssl=True)

    def person(self, uid: str) -> dict | None:
        flt = "(&(objectClass=inetOrgPerson)(uid=" + escape_filter_chars(uid) + "))"
        with Connection(self.server, settings.LDAP_BIND_DN, settings.LDAP_BIND_PASSWORD, auto_bind=True) as conn:
            conn.search(settings.LDAP_PEOPLE_BASE, flt, SUBTREE, attributes=["cn", "title", "mail"])
            if not conn.entries:
                return None
            e = conn.entries[0]
            return {"name": str(e.cn), "title": str(e.title), "mail": str(e.mail)}
