from aiohttp import web
from policy import PermissionPolicy

policy = PermissionPolicy("/etc/gateway/permissions.xml")

async def resource(request):
    client = request.headers.get("X-Api-Client", "")
    if not policy.allows(client, request.match_info["name"]):
        raise web.HTTPForbidden()
    return web.json_response({"resource": request.match_info["name"]})

app = web.Application()
app.router.add_get("/r/{name}", resource)
