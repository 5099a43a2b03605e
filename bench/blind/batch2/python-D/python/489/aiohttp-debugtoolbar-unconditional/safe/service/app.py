import os

import aiohttp_debugtoolbar
import aiohttp_jinja2
import jinja2
from aiohttp import web

from .views import routes


def create_app() -> web.Application:
    app = web.Application()
    aiohttp_jinja2.setup(app, loader=jinja2.PackageLoader("service", "templates"))
    if os.environ.get("APP_ENV") == "development":
        aiohttp_debugtoolbar.setup(app, intercept_exc="debug", hosts=["127.0.0.1"])
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))
