from aiohttp import web

from avatars import refresh_avatar


async def set_avatar(request: web.Request) -> web.Response:
    data = await request.json()
    user_id = request["user_id"]
    await request.app["db"].execute(
        "UPDATE profiles SET avatar_url = $1 WHERE user_id = $2", data["avatar_url"], user_id
    )
    return web.json_response({"ok": True})


async def refresh(request: web.Request) -> web.Response:
    user_id = request["user_id"]
    row = await request.app["db"].fetchrow("SELECT avatar_url FROM profiles WHERE user_id = $1", user_id)
    size = await refresh_avatar(row["avatar_url"], user_id)
    return web.json_response({"bytes": size})


app = web.Application()
app.router.add_put("/me/avatar", set_avatar)
app.router.add_post("/me/avatar/refresh", refresh)
