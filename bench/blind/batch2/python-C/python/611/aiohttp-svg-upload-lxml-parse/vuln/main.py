from aiohttp import web

import handlers


def create_app() -> web.Application:
    app = web.Application(client_max_size=1024 * 1024)
    handlers.setup(app)
    return app
