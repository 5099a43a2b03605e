from aiohttp import web
from auth import check_password, new_session


async def login(request: web.Request) -> web.Response:
    form = await request.post()
    user_id = await check_password(str(form.get("user", "")), str(form.get("password", "")))
    if user_id is None:
        return web.json_response({"error": "invalid"}, status=401)
    token = await new_session(user_id)
    resp = web.json_response({"ok": True})
    resp.set_cookie("session", token, max_age=86400, path="/")  # cg-expect: CWE-614
    return resp


app = web.Application()
app.router.add_post("/login", login)
