import asyncio
import os

from ldap3 import Connection, Server, MODIFY_REPLACE
from ldap3.utils.dn import escape_rdn

SERVER = Server(os.environ.get("LDAP_URL", "ldaps://ldap.internal"), use_ssl=True)
PEOPLE = "ou=people,dc=example,dc=org"


def _modify(uid: str, phone: str) -> bool:
    dn = "uid=" + uid + "," + PEOPLE
    with Connection(SERVER, os.environ["LDAP_ADMIN_DN"], os.environ["LDAP_ADMIN_PW"], auto_bind=True) as conn:
        conn.modify(dn, {"telephoneNumber": [(MODIFY_REPLACE, [phone])]})  # cg-expect: CWE-90
        return conn.result["result"] == 0


async def update_phone(uid: str, phone: str) -> bool:
    return await asyncio.to_thread(_modify, uid, phone)
