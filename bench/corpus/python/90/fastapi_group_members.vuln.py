from fastapi import FastAPI
from ldap3 import SUBTREE, Connection, Server

app = FastAPI()
SERVER = Server("ldaps://ldap.internal")


def _member_filter(group: str) -> str:
    return f"(&(objectClass=groupOfNames)(cn={group}))"


@app.get("/groups/{group}/members")
async def members(group: str):
    conn = Connection(SERVER, auto_bind=True)
    conn.search("ou=groups,dc=example,dc=org", _member_filter(group), SUBTREE, attributes=["member"])  # cg-expect: CWE-90
    return {"members": [str(m) for e in conn.entries for m in e.member]}
