import os

from aiohttp import web

from .handlers import routes


def create_app() -> web.Application:
    app = web.Application()
    app["oncall"] = [a.strip() for a in os.environ.get("ONCALL_EMAILS", "").split(",") if a.strip()]
    app.add_routes(routes)
    return app
