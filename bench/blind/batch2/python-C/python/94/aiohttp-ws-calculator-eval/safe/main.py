import logging

from aiohttp import web

from server import app

logging.basicConfig(level=logging.INFO)


async def index(request: web.Request) -> web.Response:
    return web.json_response({"service": "sheets", "ws": "/sheet/ws"})


app.router.add_get("/", index)

if __name__ == "__main__":
    web.run_app(app, port=8088)
