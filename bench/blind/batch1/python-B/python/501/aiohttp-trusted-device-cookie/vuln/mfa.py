import hashlib

import pyotp
from aiohttp import web
from aiohttp_session import get_session

DEVICE_COOKIE = "trusted_device"


async def after_password(request: web.Request, user: dict) -> web.Response:
    """Second half of login: decide whether the TOTP step is needed."""
    session = await get_session(request)
    session["pending_user_id"] = user["id"]
    session["device_trusted"] = bool(request.cookies.get(DEVICE_COOKIE))  # cg-expect: CWE-501
    if session["device_trusted"]:
        return await complete_login(request)
    raise web.HTTPFound("/login/totp")


async def complete_login(request: web.Request) -> web.Response:
    session = await get_session(request)
    session["user_id"] = session.pop("pending_user_id")
    raise web.HTTPFound("/")


async def totp_submit(request: web.Request) -> web.Response:
    session = await get_session(request)
    user = await request.app["users"].get(session.get("pending_user_id"))
    form = await request.post()
    if user is None or not pyotp.TOTP(user["totp_secret"]).verify(form.get("code", ""), valid_window=1):
        raise web.HTTPFound("/login/totp?error=1")
    resp = web.HTTPFound("/")
    if form.get("remember") == "on":
        token = await request.app["devices"].remember(user["id"])
        resp.set_cookie(DEVICE_COOKIE, token, max_age=30 * 86400, secure=True, httponly=True)
    session["user_id"] = session.pop("pending_user_id")
    raise resp


def fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
