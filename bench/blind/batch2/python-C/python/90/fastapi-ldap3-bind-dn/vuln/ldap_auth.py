from ldap3 import Connection, Server
from ldap3.core.exceptions import LDAPException
from ldap3.utils.dn import escape_rdn

SERVER = Server("ldaps://ldap.corp.example", use_ssl=True)
PEOPLE = "ou=people,dc=corp,dc=example"


def ldap_login(username: str, password: str):
    if not password:
        return None
    user_dn = f"uid={username},{PEOPLE}"
    try:
        conn = Connection(SERVER, user=user_dn, password=password, auto_bind=True)  # cg-expect: CWE-90
    except LDAPException:
        return None
    with conn:
        conn.search(user_dn, "(objectClass=person)", attributes=["uid", "mail"])
        if not conn.entries:
            return None
        entry = conn.entries[0]
        return {"uid": str(entry.uid), "mail": str(entry.mail)}
