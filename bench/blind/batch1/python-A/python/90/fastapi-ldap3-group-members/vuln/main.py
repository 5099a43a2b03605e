import os
from functools import lru_cache

from fastapi import Depends, FastAPI, HTTPException
from ldap3 import SUBTREE, Connection, Server

app = FastAPI()
GROUP_BASE = "ou=groups,dc=acme,dc=io"


@lru_cache
def ldap_server() -> Server:
    return Server(os.environ["LDAP_URL"], use_ssl=True, connect_timeout=5)


def ldap_conn(server: Server = Depends(ldap_server)):
    conn = Connection(server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PASSWORD"], auto_bind=True)
    try:
        yield conn
    finally:
        conn.unbind()


@app.get("/groups/{group_name}/members")
def group_members(group_name: str, conn: Connection = Depends(ldap_conn)):
    # only groups flagged as discoverable may be listed by regular employees
    flt = f"(&(objectClass=groupOfUniqueNames)(cn={group_name})(acmeDiscoverable=TRUE))"
    conn.search(GROUP_BASE, flt, SUBTREE, attributes=["cn", "uniqueMember"])  # cg-expect: CWE-90
    if not conn.entries:
        raise HTTPException(404, "group not found")
    return {
        "groups": [
            {"cn": str(e.cn), "members": list(e.uniqueMember.values)} for e in conn.entries
        ]
    }
