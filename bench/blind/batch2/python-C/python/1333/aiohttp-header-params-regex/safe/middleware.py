from aiohttp import web

from hints import parse_hints


@web.middleware
async def client_hints(request: web.Request, handler):
    raw = request.headers.get("X-Client-Hints", "")
    request["hints"] = parse_hints(raw) if raw else {}
    return await handler(request)


async def index(request: web.Request) -> web.Response:
    return web.json_response({"hints": request["hints"]})


def create_app() -> web.Application:
    app = web.Application(middlewares=[client_hints])
    app.router.add_get("/", index)
    return app
