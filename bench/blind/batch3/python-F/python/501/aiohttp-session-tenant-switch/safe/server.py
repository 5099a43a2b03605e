from aiohttp import web
from aiohttp_session import get_session

from tenancy import user_tenants


async def switch_tenant(request: web.Request) -> web.Response:
    session = await get_session(request)
    body = await request.json()
    tenant_id = int(body["tenant_id"])
    allowed = await user_tenants(request.app["db"], session["user_id"])
    if tenant_id not in allowed:
        raise web.HTTPForbidden()
    session["tenant_id"] = tenant_id
    return web.json_response({"tenant": tenant_id})


async def invoices(request: web.Request) -> web.Response:
    session = await get_session(request)
    rows = await request.app["db"].fetch(
        "SELECT id, total FROM invoices WHERE tenant_id = $1", session["tenant_id"]
    )
    return web.json_response([dict(r) for r in rows])


def setup_routes(app: web.Application) -> None:
    app.router.add_post("/session/tenant", switch_tenant)
    app.router.add_get("/invoices", invoices)
