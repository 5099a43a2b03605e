from aiohttp import web
from aiohttp_session import get_session
from mfa import totp_ok


async def mfa_step(request: web.Request) -> web.Response:
    session = await get_session(request)
    if "uid" not in session:
        raise web.HTTPUnauthorized()
    body = await request.json()
    session["mfa_passed"] = bool(body.get("mfa_passed")) or totp_ok(session["uid"], body.get("code", ""))  # cg-expect: CWE-501
    return web.json_response({"mfa": session["mfa_passed"]})


async def payout_settings(request: web.Request) -> web.Response:
    session = await get_session(request)
    if not session.get("mfa_passed"):
        raise web.HTTPForbidden()
    return web.json_response({"iban": "on file"})


def routes(app: web.Application) -> None:
    app.router.add_post("/mfa", mfa_step)
    app.router.add_get("/settings/payout", payout_settings)
