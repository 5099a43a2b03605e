import os

from ldap3 import SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars

_server = Server(os.environ["LDAP_URL"], use_ssl=True)
PEOPLE_BASE = "ou=people,dc=acme,dc=io"


def teammates_for(team_code: str) -> list[dict]:
    query = "(&(objectClass=person)(departmentNumber=%s)(!(acmeHidden=TRUE)))" % escape_filter_chars(team_code)
    with Connection(_server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PASSWORD"], auto_bind=True) as conn:
        conn.search(PEOPLE_BASE, query, SUBTREE, attributes=["cn", "mail", "title"], size_limit=200)
        return [{"name": str(e.cn), "mail": str(e.mail), "title": str(e.title)} for e in conn.entries]
