import os

from aiohttp import web

import handlers
from settings_store import load

SETTINGS_XML = os.environ.get("SETTINGS_XML", "/etc/app/settings.xml")


async def load_settings(app: web.Application):
    app["settings_doc"] = load(SETTINGS_XML)
    yield


def create_app() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(load_settings)
    handlers.setup(app)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=8082)
