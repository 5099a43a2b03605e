from aiohttp import web
from users import UserRepo

async def change_password(request):
    form = await request.post()
    repo = UserRepo(request.app["db"])
    await repo.set_password(request["user_id"], form["new_password"])
    return web.json_response({"ok": True})

app = web.Application()
app.router.add_post("/account/password", change_password)
