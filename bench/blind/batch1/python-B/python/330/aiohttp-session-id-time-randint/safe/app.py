import redis.asyncio as aioredis
from aiohttp import web

from accounts import check_credentials
from sessions import SessionManager


async def login(request: web.Request) -> web.Response:
    form = await request.post()
    account = await check_credentials(request.app["db"], form.get("login", ""), form.get("password", ""))
    if account is None:
        raise web.HTTPUnauthorized(text="wrong login or password")
    resp = web.json_response({"ok": True})
    await request.app["sessions"].create(resp, {"account_id": account["id"], "role": account["role"]})
    return resp


async def whoami(request: web.Request) -> web.Response:
    data = await request.app["sessions"].load(request)
    if data is None:
        raise web.HTTPUnauthorized()
    return web.json_response(data)


async def init(app: web.Application) -> None:
    app["redis"] = aioredis.from_url("redis://cache:6379/1", decode_responses=True)
    app["sessions"] = SessionManager(app["redis"])


app = web.Application()
app.on_startup.append(init)
app.router.add_post("/login", login)
app.router.add_get("/whoami", whoami)
