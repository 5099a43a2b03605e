import base64
import os
from aiohttp import web
from aiohttp_session import setup, get_session
from aiohttp_session.cookie_storage import EncryptedCookieStorage

async def login(request):
    form = await request.post()
    user_id = await request.app["auth"].check(form["username"], form["password"])
    if user_id is None:
        raise web.HTTPUnauthorized()
    session = await get_session(request)
    session["uid"] = user_id
    return web.json_response({"ok": True})

def make_app() -> web.Application:
    app = web.Application()
    key = base64.urlsafe_b64decode(os.environ["SESSION_KEY"])
    setup(app, EncryptedCookieStorage(key, cookie_name="SID", secure=True, httponly=True, samesite="Lax", max_age=86400))
    app.router.add_post("/login", login)
    return app
