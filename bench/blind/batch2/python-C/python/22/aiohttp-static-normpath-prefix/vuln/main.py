import logging

from aiohttp import web

import handlers

logging.basicConfig(level=logging.INFO)


async def index(request: web.Request) -> web.Response:
    return web.Response(text="<h1>Docs portal</h1>", content_type="text/html")


def create_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/", index)
    handlers.setup(app)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=8084)
