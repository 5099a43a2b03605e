from aiohttp import web

import handlers


async def home(request: web.Request) -> web.Response:
    lang = request.cookies.get("lang", "en")
    return web.json_response({"lang": lang})


def create_app() -> web.Application:
    app = web.Application()
    handlers.setup(app)
    app.router.add_get("/", home)
    return app


if __name__ == "__main__":
    web.run_app(create_app())
