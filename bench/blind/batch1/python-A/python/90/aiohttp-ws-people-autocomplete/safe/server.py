import asyncio
import os
from functools import partial

from aiohttp import WSMsgType, web
from ldap3 import SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars

SERVER = Server(os.environ.get("LDAP_URL", "ldaps://ldap.example.net"), use_ssl=True)
BASE = "ou=staff,dc=example,dc=net"


def _search_prefix(prefix: str) -> list[str]:
    conn = Connection(SERVER, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True)
    try:
        conn.search(BASE, "(&(displayName=" + escape_filter_chars(prefix) + "*)(employeeStatus=active))",
                    SUBTREE, attributes=["displayName"], size_limit=10)
        return [str(e.displayName) for e in conn.entries]
    finally:
        conn.unbind()


async def autocomplete(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    loop = asyncio.get_running_loop()
    async for msg in ws:
        if msg.type == WSMsgType.TEXT and len(msg.data) >= 2:
            names = await loop.run_in_executor(None, partial(_search_prefix, msg.data))
            await ws.send_json({"q": msg.data, "suggestions": names})
        elif msg.type == WSMsgType.ERROR:
            break
    return ws


app = web.Application()
app.router.add_get("/ws/people", autocomplete)
