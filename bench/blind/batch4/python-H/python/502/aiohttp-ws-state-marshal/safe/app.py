from aiohttp import web

from game import game_ws


def create_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/ws/game", game_ws)
    return app
