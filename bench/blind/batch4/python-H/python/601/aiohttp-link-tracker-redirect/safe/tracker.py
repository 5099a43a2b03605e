from urllib.parse import urlparse

from aiohttp import web

PARTNERS = {"www.example-partner.com", "shop.example.com"}


async def click(request: web.Request) -> web.Response:
    target = request.query.get("u", "/")
    await request.app["clicks"].put((request.remote, target))
    host = urlparse(target).hostname
    if host not in PARTNERS:
        target = "/"
    raise web.HTTPFound(target)
