import os

from ldap3 import ALL, SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars

BASE_DN = "ou=people,dc=example,dc=org"
ATTRS = ["cn", "telephoneNumber", "mail", "departmentNumber"]


class Directory:
    def __init__(self):
        self.server = Server(os.environ.get("LDAP_URL", "ldaps://ldap.example.org"), get_info=ALL)

    def _connection(self) -> Connection:
        return Connection(self.server, user=os.environ["LDAP_BIND_DN"],
                          password=os.environ["LDAP_BIND_PASSWORD"], auto_bind=True, read_only=True)

    def find_people(self, name: str) -> list[dict]:
        # only active staff that opted in to the public phone book
        search_filter = f"(&(objectClass=inetOrgPerson)(cn=*{escape_filter_chars(name)}*)(phonebookVisible=TRUE))"
        with self._connection() as conn:
            conn.search(BASE_DN, search_filter, search_scope=SUBTREE, attributes=ATTRS, size_limit=50)
            return [
                {a: (e[a].value if a in e else None) for a in ATTRS}
                for e in conn.entries
            ]
