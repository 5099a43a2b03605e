from aiohttp import web

from avatars import fetch_avatar
from profiles import get_avatar_url


async def avatar_proxy(request: web.Request) -> web.Response:
    user_id = int(request.match_info["user_id"])
    url = await get_avatar_url(request.app["pool"], user_id)
    if not url:
        raise web.HTTPNotFound()
    body, ctype = await fetch_avatar(request.app["http"], url)
    return web.Response(body=body, content_type=ctype)


def setup(app: web.Application) -> None:
    app.router.add_get("/avatars/{user_id}", avatar_proxy)
