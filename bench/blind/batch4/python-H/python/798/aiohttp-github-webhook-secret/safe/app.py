import asyncio

from aiohttp import web

from webhooks import github_hook


def create_app() -> web.Application:
    app = web.Application()
    app["queue"] = asyncio.Queue()
    app.router.add_post("/hooks/github", github_hook)
    return app
