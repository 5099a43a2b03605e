import os

import aiohttp_debugtoolbar
from aiohttp import web

from views import routes


def create_app() -> web.Application:
    app = web.Application()
    if os.environ.get("APP_ENV") == "development":
        aiohttp_debugtoolbar.setup(app, intercept_redirects=False)
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))
