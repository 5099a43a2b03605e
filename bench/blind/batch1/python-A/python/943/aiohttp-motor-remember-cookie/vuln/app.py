import base64
import json
import os
import secrets

from aiohttp import web
from motor.motor_asyncio import AsyncIOMotorClient


def read_remember_cookie(request: web.Request) -> dict | None:
    raw = request.cookies.get("remember")
    if not raw:
        return None
    try:
        data = json.loads(base64.urlsafe_b64decode(raw))
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


async def resume_session(request: web.Request) -> web.Response:
    """Exchange a long-lived remember-me cookie for a fresh session token."""
    remember = read_remember_cookie(request)
    if remember is None:
        raise web.HTTPUnauthorized()
    logins = request.app["db"].remembered_logins
    login = await logins.find_one(  # cg-expect: CWE-943
        {"user_id": remember.get("uid"), "token": remember.get("token"), "revoked": False}
    )
    if login is None:
        raise web.HTTPUnauthorized()
    session_token = secrets.token_urlsafe(32)
    await request.app["db"].sessions.insert_one({"token": session_token, "user_id": login["user_id"]})
    resp = web.json_response({"user_id": login["user_id"]})
    resp.set_cookie("session", session_token, secure=True, httponly=True, samesite="Lax")
    return resp


app = web.Application()
app["db"] = AsyncIOMotorClient(os.environ["MONGO_URI"])["accounts"]
app.router.add_post("/session/resume", resume_session)
