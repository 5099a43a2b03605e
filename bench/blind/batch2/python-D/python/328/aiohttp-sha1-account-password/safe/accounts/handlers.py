from aiohttp import web

from .passwords import hash_password, verify_password

routes = web.RouteTableDef()


@routes.post("/api/register")
async def register(request: web.Request) -> web.Response:
    body = await request.json()
    email = str(body.get("email", "")).lower()
    password = str(body.get("password", ""))
    if "@" not in email or len(password) < 10:
        raise web.HTTPBadRequest(text="invalid email or password")
    await request.app["db"].execute("INSERT INTO accounts (email, pw) VALUES ($1, $2)", email, hash_password(password))
    return web.json_response({"email": email}, status=201)


@routes.post("/api/login")
async def login(request: web.Request) -> web.Response:
    body = await request.json()
    row = await request.app["db"].fetchrow("SELECT id, pw FROM accounts WHERE email = $1", str(body.get("email", "")).lower())
    if row is None or not verify_password(str(body.get("password", "")), row["pw"]):
        raise web.HTTPUnauthorized()
    return web.json_response({"id": row["id"]})
