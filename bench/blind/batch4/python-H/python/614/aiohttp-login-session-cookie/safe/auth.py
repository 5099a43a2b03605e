import secrets

from aiohttp import web

from users import verify_user

SESSIONS: dict[str, int] = {}


async def login(request: web.Request) -> web.Response:
    form = await request.post()
    user_id = await verify_user(request.app["pool"], form.get("email", ""), form.get("password", ""))
    if user_id is None:
        return web.json_response({"error": "invalid"}, status=401)
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = user_id
    resp = web.json_response({"ok": True})
    resp.set_cookie("sid", sid, max_age=3600, path="/", secure=True, httponly=True, samesite="Lax")
    return resp


def setup(app: web.Application) -> None:
    app.router.add_post("/login", login)
