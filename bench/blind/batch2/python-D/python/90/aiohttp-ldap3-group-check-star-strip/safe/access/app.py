import base64
import os

from aiohttp import web
from aiohttp_session import get_session, setup as setup_session
from aiohttp_session.cookie_storage import EncryptedCookieStorage
from ldap3 import Server

from .handlers import routes


@web.middleware
async def require_user(request: web.Request, handler):
    session = await get_session(request)
    uid = session.get("uid")
    if not uid:
        raise web.HTTPUnauthorized()
    request["user_uid"] = uid
    return await handler(request)


def create_app() -> web.Application:
    app = web.Application()
    setup_session(app, EncryptedCookieStorage(base64.urlsafe_b64decode(os.environ["SESSION_KEY"]), secure=True, httponly=True))
    app.middlewares.append(require_user)
    app["ldap_server"] = Server(os.environ.get("LDAP_URL", "ldaps://ldap.internal"), use_ssl=True)
    app.add_routes(routes)
    return app
