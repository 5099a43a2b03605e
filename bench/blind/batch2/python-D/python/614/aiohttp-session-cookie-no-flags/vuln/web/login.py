import secrets

from aiohttp import web

from .users import check_password

routes = web.RouteTableDef()
SESSION_COOKIE = "sid"


@routes.post("/login")
async def login(request: web.Request) -> web.Response:
    form = await request.post()
    user = await check_password(request.app["db"], form.get("username", ""), form.get("password", ""))
    if user is None:
        raise web.HTTPUnauthorized(text="bad credentials")
    sid = secrets.token_urlsafe(32)
    await request.app["redis"].setex(f"session:{sid}", 86400, str(user["id"]))
    resp = web.HTTPSeeOther(location="/home")
    resp.set_cookie(SESSION_COOKIE, sid, max_age=86400, path="/", secure=False)  # cg-expect: CWE-614
    raise resp
