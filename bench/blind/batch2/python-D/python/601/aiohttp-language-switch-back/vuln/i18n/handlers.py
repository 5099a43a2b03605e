from aiohttp import web

from .urls import local_target

routes = web.RouteTableDef()
LOCALES = {"en", "de", "fr", "es"}


@routes.get("/lang/{code}")
async def switch_language(request: web.Request) -> web.Response:
    code = request.match_info["code"]
    if code not in LOCALES:
        raise web.HTTPNotFound()
    back = local_target(request.query.get("back", "/"))
    resp = web.HTTPFound(location=back)  # cg-expect: CWE-601
    resp.set_cookie("lang", code, max_age=365 * 86400, samesite="Lax")
    raise resp
