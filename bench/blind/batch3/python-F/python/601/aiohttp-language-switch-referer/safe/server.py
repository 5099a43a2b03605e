from aiohttp import web

from nav import back_url


async def set_language(request: web.Request) -> web.Response:
    lang = request.match_info["lang"]
    if lang not in {"en", "de", "fr"}:
        raise web.HTTPBadRequest()
    target = back_url(request.headers.get("Referer", "/"), request.host)
    exc = web.HTTPFound(target)
    exc.set_cookie("lang", lang, max_age=31536000, samesite="Lax")
    raise exc


app = web.Application()
app.router.add_get("/lang/{lang}", set_language)
