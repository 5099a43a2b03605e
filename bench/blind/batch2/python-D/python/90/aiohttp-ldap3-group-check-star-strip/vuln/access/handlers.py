from aiohttp import web

from .directory import is_member

routes = web.RouteTableDef()


@routes.post("/api/access/check")
async def check_access(request: web.Request) -> web.Response:
    body = await request.json()
    uid = request["user_uid"]
    group = str(body.get("group", ""))
    allowed = await is_member(request.app["ldap_server"], uid, group)
    return web.json_response({"uid": uid, "group": group, "member": allowed})
