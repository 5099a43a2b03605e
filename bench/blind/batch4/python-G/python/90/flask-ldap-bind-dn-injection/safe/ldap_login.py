from ldap3 import Server, Connection
from ldap3.core.exceptions import LDAPException
from ldap3.utils.dn import escape_rdn

SERVER = Server("ldaps://ldap.example.org")


def bind_as(username: str, password: str) -> bool:
    if not username or not password:
        return False
    dn = f"uid={escape_rdn(username)},ou=people,dc=example,dc=org"
    try:
        conn = Connection(SERVER, user=dn, password=password, auto_bind=True)
    except LDAPException:
        return False
    conn.unbind()
    return True
