from aiohttp import web

from stats import record_click


async def outbound(request: web.Request) -> web.Response:
    """Counts clicks on release download links, then forwards to the mirror."""
    target = request.query.get("to")
    if not target:
        raise web.HTTPBadRequest(text="missing target")
    await record_click(request.app, target, request.headers.get("User-Agent", ""))
    raise web.HTTPFound(location=target)  # cg-expect: CWE-601


def create_app() -> web.Application:
    app = web.Application()
    app["clicks"] = []
    app.router.add_get("/out", outbound)
    return app
