import os

import aiohttp_debugtoolbar
from aiohttp import web

from routes import setup_routes


def create_app() -> web.Application:
    app = web.Application()
    setup_routes(app)
    if os.environ.get("APP_ENV") == "development":
        aiohttp_debugtoolbar.setup(app, intercept_redirects=False, hosts=["127.0.0.1"])
    return app


if __name__ == "__main__":
    web.run_app(create_app(), host="0.0.0.0", port=8080)
