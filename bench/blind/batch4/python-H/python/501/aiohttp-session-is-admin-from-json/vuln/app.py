import base64
import os

from aiohttp import web
from aiohttp_session import setup
from aiohttp_session.cookie_storage import EncryptedCookieStorage

from profile import update_profile, admin_panel


def create_app() -> web.Application:
    app = web.Application()
    setup(app, EncryptedCookieStorage(base64.urlsafe_b64decode(os.environ["SESSION_KEY"]), secure=True, httponly=True))
    app.router.add_post("/profile", update_profile)
    app.router.add_get("/admin", admin_panel)
    return app
