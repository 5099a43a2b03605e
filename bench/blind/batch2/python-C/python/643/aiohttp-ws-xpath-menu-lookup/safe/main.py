from aiohttp import web

import ws
from menu import load_menu


def create_app() -> web.Application:
    app = web.Application()
    app["menu"] = load_menu("/srv/restaurant/menu.xml")
    ws.setup(app)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=8085)
