from aiohttp import web
from users import UserRepo

repo = UserRepo()


async def register(request: web.Request) -> web.Response:
    body = await request.json()
    email, password = str(body.get("email", "")), str(body.get("password", ""))
    if "@" not in email or len(password) < 12:
        return web.json_response({"error": "invalid"}, status=400)
    await repo.add(email, password)
    return web.json_response({"ok": True}, status=201)


app = web.Application()
app.router.add_post("/register", register)
