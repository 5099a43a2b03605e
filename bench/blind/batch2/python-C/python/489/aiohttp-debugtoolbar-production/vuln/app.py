import aiohttp_debugtoolbar
from aiohttp import web

from config import Settings
from routes import setup_routes


def create_app(settings: Settings) -> web.Application:
    app = web.Application()
    app["settings"] = settings
    aiohttp_debugtoolbar.setup(app, hosts=["0.0.0.0/0"], intercept_redirects=False)  # cg-expect: CWE-489
    setup_routes(app)
    return app


if __name__ == "__main__":
    web.run_app(create_app(Settings.from_env()), port=8080)
