from aiohttp import web

from credentials import hash_password, password_matches


async def register(request: web.Request) -> web.Response:
    form = await request.post()
    username, password = form["username"], form["password"]
    async with request.app["pool"].acquire() as conn:
        await conn.execute(
            "INSERT INTO users (username, pw_hash) VALUES ($1, $2)", username, hash_password(password)
        )
    return web.json_response({"created": username}, status=201)


async def login(request: web.Request) -> web.Response:
    form = await request.post()
    async with request.app["pool"].acquire() as conn:
        stored = await conn.fetchval("SELECT pw_hash FROM users WHERE username = $1", form["username"])
    if stored is None or not password_matches(form["password"], stored):
        raise web.HTTPUnauthorized()
    return web.json_response({"ok": True})
