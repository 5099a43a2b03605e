from aiohttp import web

routes = web.RouteTableDef()


@routes.put("/api/tenants/{tenant_id}/webhook")
async def set_webhook(request: web.Request) -> web.Response:
    body = await request.json()
    await request.app["pool"].execute(
        "UPDATE tenants SET webhook_url = $1 WHERE id = $2",
        str(body["url"]), int(request.match_info["tenant_id"]),
    )
    return web.json_response({"ok": True})


@routes.post("/api/tenants/{tenant_id}/webhook/test")
async def test_webhook(request: web.Request) -> web.Response:
    status = await request.app["dispatcher"].deliver(int(request.match_info["tenant_id"]), {"type": "ping"})
    return web.json_response({"status": status})
