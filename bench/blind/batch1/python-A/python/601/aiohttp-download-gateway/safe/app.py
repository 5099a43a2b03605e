from urllib.parse import urlsplit

from aiohttp import web

from stats import record_click


MIRROR_HOSTS = {"downloads.example.org", "mirror.example.net", "github.com"}


def is_mirror_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in MIRROR_HOSTS and not parts.username


async def outbound(request: web.Request) -> web.Response:
    """Counts clicks on release download links, then forwards to the mirror."""
    target = request.query.get("to")
    if not target or not is_mirror_url(target):
        raise web.HTTPBadRequest(text="unknown download target")
    await record_click(request.app, target, request.headers.get("User-Agent", ""))
    raise web.HTTPFound(location=target)


def create_app() -> web.Application:
    app = web.Application()
    app["clicks"] = []
    app.router.add_get("/out", outbound)
    return app
