from django.conf import settings
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars


def colleagues_in(department: str):
    server = Server(settings.LDAP_URL, use_ssl=True)
    with Connection(server, settings.LDAP_BIND_DN, settings.LDAP_BIND_PASSWORD, auto_bind=True) as conn:
        conn.search("dc=corp,dc=example", f"(&(objectClass=person)(department={escape_filter_chars(department)}))", attributes=["cn", "mail"])
        return [{"name": str(e.cn), "mail": str(e.mail)} for e in conn.entries]
