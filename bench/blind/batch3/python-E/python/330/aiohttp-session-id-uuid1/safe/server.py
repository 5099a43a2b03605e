from aiohttp import web
from sessions import SessionManager

sessions = SessionManager()

async def login(request: web.Request) -> web.Response:
    data = await request.post()
    user = await request.app["users"].verify(data["username"], data["password"])
    if user is None:
        raise web.HTTPUnauthorized()
    sid = sessions.create(user["id"])
    resp = web.json_response({"ok": True})
    resp.set_cookie("chat_sid", sid, secure=True, httponly=True, samesite="Strict")
    return resp

app = web.Application()
app.router.add_post("/login", login)
