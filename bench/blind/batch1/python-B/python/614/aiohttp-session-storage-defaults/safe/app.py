import base64
import os

import aiohttp_jinja2
import jinja2
from aiohttp import web
from aiohttp_session import setup as setup_session
from aiohttp_session.cookie_storage import EncryptedCookieStorage

from routes import setup_routes


def build_storage() -> EncryptedCookieStorage:
    key = base64.urlsafe_b64decode(os.environ["SESSION_FERNET_KEY"])
    return EncryptedCookieStorage(
        key,
        cookie_name="CLINIC_SESSION",
        max_age=8 * 3600,
        httponly=True,
        secure=True,
        samesite="Strict",
    )


def create_app() -> web.Application:
    app = web.Application()
    setup_session(app, build_storage())
    aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader("templates"), autoescape=True)
    setup_routes(app)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), host="0.0.0.0", port=8080)
