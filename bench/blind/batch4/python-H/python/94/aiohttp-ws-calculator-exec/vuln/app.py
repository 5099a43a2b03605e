from aiohttp import web

import ws


def create_app() -> web.Application:
    app = web.Application()
    ws.setup(app)
    return app


if __name__ == "__main__":
    web.run_app(create_app())
