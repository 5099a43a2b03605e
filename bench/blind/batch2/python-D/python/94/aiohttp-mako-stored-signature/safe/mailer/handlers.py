from aiohttp import web

from .signatures import render_signature

routes = web.RouteTableDef()


@routes.put("/api/me/signature")
async def save_signature(request: web.Request) -> web.Response:
    body = await request.json()
    await request.app["db"].execute(
        "UPDATE users SET signature = $1 WHERE id = $2", str(body.get("signature", ""))[:2000], request["user_id"],
    )
    return web.json_response({"ok": True})


@routes.get("/api/me/signature/preview")
async def preview_signature(request: web.Request) -> web.Response:
    row = await request.app["db"].fetchrow("SELECT name, title, signature FROM users WHERE id = $1", request["user_id"])
    html = render_signature(row["signature"], name=row["name"], title=row["title"])
    return web.json_response({"html": html})
