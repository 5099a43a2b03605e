from aiohttp import web

from sessions import new_session


async def login(request: web.Request) -> web.Response:
    form = await request.post()
    user_id = await request.app["auth"].check(form.get("user", ""), form.get("password", ""))
    if user_id is None:
        raise web.HTTPUnauthorized()
    resp = web.json_response({"ok": True})
    resp.set_cookie("sid", new_session(user_id), secure=True, httponly=True, samesite="Strict")
    return resp
