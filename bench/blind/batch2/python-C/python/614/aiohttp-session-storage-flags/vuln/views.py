from aiohttp import web
from aiohttp_session import get_session, new_session


async def login(request: web.Request) -> web.Response:
    form = await request.post()
    user = await request.app["users"].verify(form.get("username"), form.get("password"))
    if user is None:
        raise web.HTTPUnauthorized()
    session = await new_session(request)
    session["uid"] = user.id
    return web.json_response({"ok": True})


async def me(request: web.Request) -> web.Response:
    session = await get_session(request)
    if "uid" not in session:
        raise web.HTTPUnauthorized()
    return web.json_response({"uid": session["uid"]})
