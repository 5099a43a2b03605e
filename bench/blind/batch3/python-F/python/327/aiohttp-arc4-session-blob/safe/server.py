import json

from aiohttp import web

from cookie_crypto import open_blob, seal_blob


async def prefs(request: web.Request) -> web.Response:
    data = open_blob(request.cookies.get("prefs", "")) or {"theme": "light"}
    return web.json_response(data)


async def save_prefs(request: web.Request) -> web.Response:
    body = await request.json()
    resp = web.json_response({"ok": True})
    resp.set_cookie("prefs", seal_blob({"theme": str(body.get("theme", "light"))}), httponly=True, secure=True)
    return resp


app = web.Application()
app.router.add_get("/prefs", prefs)
app.router.add_post("/prefs", save_prefs)
