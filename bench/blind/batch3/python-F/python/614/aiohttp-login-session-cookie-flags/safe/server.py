from aiohttp import web

from auth import check_password, new_session


async def login(request: web.Request) -> web.Response:
    form = await request.post()
    user_id = await check_password(request.app["db"], form.get("email", ""), form.get("password", ""))
    if user_id is None:
        raise web.HTTPUnauthorized()
    sid = await new_session(request.app["db"], user_id)
    resp = web.Response(status=303, headers={"Location": "/dashboard"})
    resp.set_cookie("session_id", sid, max_age=3600, path="/", secure=True, httponly=True, samesite="Lax")
    return resp


app = web.Application()
app.router.add_post("/login", login)
