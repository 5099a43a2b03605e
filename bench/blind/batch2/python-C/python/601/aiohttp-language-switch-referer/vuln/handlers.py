from aiohttp import web

from navigation import back_target

SUPPORTED = {"en", "de", "fr", "es"}


async def set_language(request: web.Request) -> web.Response:
    lang = request.match_info["lang"]
    if lang not in SUPPORTED:
        raise web.HTTPNotFound()
    target = back_target(request.headers.get("Referer"), request.host)
    resp = web.HTTPFound(location=target)  # cg-expect: CWE-601
    resp.set_cookie("lang", lang, max_age=365 * 24 * 3600, samesite="Lax")
    raise resp


def setup(app: web.Application) -> None:
    app.router.add_get("/lang/{lang}", set_language)
