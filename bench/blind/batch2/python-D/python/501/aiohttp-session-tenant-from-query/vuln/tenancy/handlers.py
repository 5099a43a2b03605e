from aiohttp import web
from aiohttp_session import get_session

from .access import user_has_tenant

routes = web.RouteTableDef()


@routes.get("/switch-tenant")
async def switch_tenant(request: web.Request) -> web.Response:
    session = await get_session(request)
    if "user_id" not in session:
        raise web.HTTPUnauthorized()
    tenant_id = request.query.get("tenant", "")
    session["tenant_id"] = tenant_id  # cg-expect: CWE-501
    raise web.HTTPFound("/dashboard")


@routes.get("/api/invoices")
async def invoices(request: web.Request) -> web.Response:
    session = await get_session(request)
    tenant_id = session.get("tenant_id")
    if not tenant_id:
        raise web.HTTPForbidden()
    rows = await request.app["db"].fetch("SELECT id, total FROM invoices WHERE tenant_id = $1", tenant_id)
    return web.json_response([dict(r) for r in rows])
