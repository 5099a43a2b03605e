from aiohttp import web

import soap


def create_app() -> web.Application:
    app = web.Application(client_max_size=512 * 1024)
    soap.setup(app)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=8443)
