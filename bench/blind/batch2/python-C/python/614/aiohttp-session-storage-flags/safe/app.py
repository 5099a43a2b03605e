from aiohttp import web
from aiohttp_session import setup as setup_session
from aiohttp_session.cookie_storage import EncryptedCookieStorage

from config import SESSION_KEY
from views import login, me


def create_app() -> web.Application:
    app = web.Application()
    storage = EncryptedCookieStorage(
        SESSION_KEY,
        cookie_name="APPSESSION",
        max_age=8 * 3600,
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    setup_session(app, storage)
    app.router.add_post("/login", login)
    app.router.add_get("/me", me)
    return app
