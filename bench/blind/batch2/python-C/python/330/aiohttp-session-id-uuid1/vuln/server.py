from aiohttp import web

from sessions import SessionStore

store = SessionStore()


async def login(request: web.Request) -> web.Response:
    data = await request.post()
    user = await request.app["auth"].check(data.get("username"), data.get("password"))
    if user is None:
        raise web.HTTPUnauthorized()
    sid = store.create(user.id)
    resp = web.json_response({"ok": True})
    resp.set_cookie("sid", sid, httponly=True, secure=True, samesite="Lax")
    return resp


def setup(app: web.Application) -> None:
    app.router.add_post("/login", login)
