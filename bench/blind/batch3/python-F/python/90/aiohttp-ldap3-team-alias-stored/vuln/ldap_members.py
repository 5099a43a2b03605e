import asyncio
import os

from ldap3 import Connection, Server, SUBTREE
from ldap3.utils.conv import escape_filter_chars

_server = Server(os.environ.get("LDAP_URL", "ldaps://dir.corp.example"))


def _search(alias: str) -> list[str]:
    conn = Connection(_server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True)
    flt = "(&(objectClass=groupOfNames)(cn=" + alias + "))"
    conn.search("ou=groups,dc=corp,dc=example", flt, SUBTREE, attributes=["member"])  # cg-expect: CWE-90
    members = [str(m) for e in conn.entries for m in e.member.values]
    conn.unbind()
    return members


async def members_of(alias: str) -> list[str]:
    return await asyncio.to_thread(_search, alias)
