from aiohttp import web
from resets import consume_reset


async def reset_password(request: web.Request) -> web.Response:
    body = await request.json()
    new_pw = body.get("new_password", "")
    if len(new_pw) < 12:
        return web.json_response({"error": "password too short"}, status=400)
    ok = await consume_reset(request.app["db"], body.get("token"), new_pw)
    if not ok:
        return web.json_response({"error": "invalid token"}, status=400)
    return web.json_response({"status": "updated"})


def make_app(db) -> web.Application:
    app = web.Application()
    app["db"] = db
    app.router.add_post("/password/reset", reset_password)
    return app
