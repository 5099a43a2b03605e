import asyncio

from aiohttp import web

from tracker import click


def create_app() -> web.Application:
    app = web.Application()
    app["clicks"] = asyncio.Queue()
    app.router.add_get("/c", click)
    return app
