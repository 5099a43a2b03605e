import os

from aiohttp import web
from aiohttp_session import get_session, setup as setup_session
from aiohttp_session.cookie_storage import EncryptedCookieStorage
from cryptography import fernet

from accounts import check_login

SESSION_KEY = os.environ["SESSION_FERNET_KEY"].encode()


async def login(request: web.Request) -> web.Response:
    form = await request.post()
    user = await check_login(request.app, form.get("username", ""), form.get("password", ""))
    if user is None:
        raise web.HTTPFound("/login?failed=1")
    session = await get_session(request)
    session["user_id"] = user["id"]
    session["is_admin"] = user["is_admin"]
    raise web.HTTPFound("/")


async def admin_home(request: web.Request) -> web.Response:
    session = await get_session(request)
    if not session.get("is_admin"):
        raise web.HTTPForbidden()
    return web.Response(text="admin console")


def make_app() -> web.Application:
    app = web.Application()
    setup_session(app, EncryptedCookieStorage(fernet.Fernet(SESSION_KEY), cookie_name="ADM",
                                              secure=True, httponly=True))
    app.router.add_post("/login", login)
    app.router.add_get("/admin", admin_home)
    return app
