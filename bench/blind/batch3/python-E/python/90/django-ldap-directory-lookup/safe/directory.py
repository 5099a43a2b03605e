from ldap3 import Server, Connection, SUBTREE
from ldap3.utils.conv import escape_filter_chars
from django.conf import settings

def lookup_person(uid: str):
    conn = Connection(Server(settings.LDAP_URL), settings.LDAP_BIND_DN, settings.LDAP_BIND_PW, auto_bind=True)
    flt = f"(&(objectClass=person)(uid={escape_filter_chars(uid)}))"
    conn.search("ou=people,dc=example,dc=org", flt, SUBTREE, attributes=["cn", "mail"])  # filter built from escaped value
    return [e.entry_to_json() for e in conn.entries]
