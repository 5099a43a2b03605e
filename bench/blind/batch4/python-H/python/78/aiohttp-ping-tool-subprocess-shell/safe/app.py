from aiohttp import web

import diag


def create_app() -> web.Application:
    app = web.Application()
    diag.setup(app)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=8080)
