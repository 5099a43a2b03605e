from aiohttp import web
from aiohttp_session import new_session

from provider import exchange_code, fetch_userinfo


async def oauth_callback(request: web.Request) -> web.Response:
    code = request.query.get("code")
    if not code:
        raise web.HTTPBadRequest(text="missing code")
    access_token = await exchange_code(request.app["http"], code)
    info = await fetch_userinfo(request.app["http"], access_token)
    if not info.get("email_verified"):
        raise web.HTTPForbidden(text="email not verified")
    session = await new_session(request)
    session["verified_email"] = info["email"]
    raise web.HTTPFound("/dashboard")


def setup(app: web.Application) -> None:
    app.router.add_get("/oauth/callback", oauth_callback)
