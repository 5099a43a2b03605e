import bcrypt
from aiohttp import web
from aiohttp_session import get_session, new_session

routes = web.RouteTableDef()


async def _find_account(pool, email: str):
    return await pool.fetchrow(
        "SELECT id, email, password_hash, disabled FROM accounts WHERE lower(email) = lower($1)", email
    )


@routes.post("/api/login")
async def login(request: web.Request) -> web.Response:
    data = await request.json()
    account = await _find_account(request.app["pool"], data.get("email", ""))
    if account is None or account["disabled"]:
        raise web.HTTPUnauthorized(text="invalid credentials")
    if not bcrypt.checkpw(data.get("password", "").encode(), account["password_hash"].encode()):
        raise web.HTTPUnauthorized(text="invalid credentials")
    session = await new_session(request)
    # the mobile app's account picker value is ignored: only the verified account is stored
    session["account_id"] = account["id"]
    return web.json_response({"ok": True})


@routes.get("/api/statements")
async def statements(request: web.Request) -> web.Response:
    session = await get_session(request)
    account_id = session.get("account_id")
    if account_id is None:
        raise web.HTTPUnauthorized()
    rows = await request.app["pool"].fetch(
        "SELECT id, period, total_cents FROM statements WHERE account_id = $1 ORDER BY period DESC",
        account_id,
    )
    return web.json_response([dict(r) for r in rows])
