import base64
import json
import secrets

from aiohttp import web

from app import app

REMEMBER_DAYS = 30


async def remember_me(request: web.Request) -> web.Response:
    """Called right after a successful password login when 'remember me' is ticked."""
    user_id = request.get("user_id")
    if user_id is None:
        raise web.HTTPUnauthorized()
    token = secrets.token_urlsafe(32)
    await request.app["db"].remembered_logins.insert_one({"user_id": user_id, "token": token, "revoked": False})
    value = base64.urlsafe_b64encode(json.dumps({"uid": user_id, "token": token}).encode()).decode()
    resp = web.json_response({"remembered": True})
    resp.set_cookie("remember", value, max_age=REMEMBER_DAYS * 86400, secure=True, httponly=True, samesite="Strict")
    return resp


app.router.add_post("/session/remember", remember_me)
