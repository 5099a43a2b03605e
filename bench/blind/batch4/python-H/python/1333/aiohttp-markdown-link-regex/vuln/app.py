from aiohttp import web

from chat import chat


def create_app() -> web.Application:
    app = web.Application()
    app["peers"] = set()
    app.router.add_get("/ws/chat", chat)
    return app
