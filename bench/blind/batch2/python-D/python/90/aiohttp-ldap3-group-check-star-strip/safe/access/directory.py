import asyncio

from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

GROUP_BASE = "ou=groups,dc=example,dc=org"


def _clean(value: str) -> str:
    return escape_filter_chars(value.strip())


def _lookup(server: Server, uid: str, group: str) -> bool:
    flt = f"(&(objectClass=groupOfNames)(cn={_clean(group)})(member=uid={_clean(uid)},ou=people,dc=example,dc=org))"
    with Connection(server, auto_bind=True, read_only=True) as conn:
        conn.search(GROUP_BASE, flt, attributes=["cn"])
        return len(conn.entries) > 0


async def is_member(server: Server, uid: str, group: str) -> bool:
    return await asyncio.to_thread(_lookup, server, uid, group)
