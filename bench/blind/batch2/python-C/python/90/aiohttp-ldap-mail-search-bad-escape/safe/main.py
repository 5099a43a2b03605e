import os

from aiohttp import web
from ldap3 import Connection, Server

import handlers


async def ldap_ctx(app: web.Application):
    server = Server(os.environ.get("LDAP_URL", "ldaps://ldap.example.com"), use_ssl=True)
    app["ldap"] = Connection(server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True)
    yield
    app["ldap"].unbind()


def create_app() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(ldap_ctx)
    handlers.setup(app)
    return app
