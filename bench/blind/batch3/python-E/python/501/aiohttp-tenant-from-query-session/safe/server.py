from aiohttp import web
from aiohttp_session import get_session
from tenants import user_tenants

async def switch_tenant(request):
    session = await get_session(request)
    wanted = request.query["tenant"]
    if wanted not in await user_tenants(request.app["db"], session["uid"]):
        raise web.HTTPForbidden()
    session["tenant"] = wanted
    raise web.HTTPFound("/dashboard")

async def dashboard(request):
    session = await get_session(request)
    rows = await request.app["db"].fetch("SELECT * FROM invoices WHERE tenant_id = $1", session["tenant"])
    return web.json_response([dict(r) for r in rows])

app = web.Application()
app.router.add_get("/tenant/switch", switch_tenant)
app.router.add_get("/dashboard", dashboard)
