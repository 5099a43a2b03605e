from aiohttp import web

from .mailer import send_alert

routes = web.RouteTableDef()


@routes.post("/internal/alerts")
async def raise_alert(request: web.Request) -> web.Response:
    body = await request.json()
    severity = body.get("severity", "info")
    if severity not in {"info", "warning", "critical"}:
        raise web.HTTPBadRequest()
    for recipient in request.app["oncall"]:
        await send_alert(recipient, f"[{severity.upper()}] {body.get('title', 'alert')[:120]}", body.get("detail", ""))
    return web.json_response({"notified": len(request.app["oncall"])})
