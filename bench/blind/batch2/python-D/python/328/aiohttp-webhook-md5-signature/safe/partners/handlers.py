import json

from aiohttp import web

from .signature import signature_ok

routes = web.RouteTableDef()


@routes.post("/partners/{partner}/events")
async def partner_event(request: web.Request) -> web.Response:
    partner = request.match_info["partner"]
    secret = request.app["partner_secrets"].get(partner)
    if secret is None:
        raise web.HTTPNotFound()
    body = await request.read()
    if not signature_ok(secret, body, request.headers.get("X-Partner-Signature")):
        raise web.HTTPUnauthorized(text="bad signature")
    event = json.loads(body)
    await request.app["queue"].put((partner, event))
    return web.json_response({"received": event.get("id")})
