from aiohttp import web

from db import mentions_for_user, set_nickname


async def update_nickname(request: web.Request) -> web.Response:
    data = await request.json()
    await set_nickname(request["user_id"], str(data.get("nickname", ""))[:40])
    return web.json_response({"ok": True})


async def my_mentions(request: web.Request) -> web.Response:
    rows = await mentions_for_user(request["user_id"])
    return web.json_response({"mentions": rows})


def setup(app: web.Application) -> None:
    app.router.add_put("/me/nickname", update_nickname)
    app.router.add_get("/me/mentions", my_mentions)
