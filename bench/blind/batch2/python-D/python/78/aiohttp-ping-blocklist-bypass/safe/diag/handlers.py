from aiohttp import web

from .netcheck import ping_host, InvalidTarget

routes = web.RouteTableDef()


@routes.post("/api/diagnostics/ping")
async def ping(request: web.Request) -> web.Response:
    payload = await request.json()
    target = str(payload.get("host", "")).strip()
    count = int(payload.get("count", 3))
    try:
        output = await ping_host(target, min(max(count, 1), 10))
    except InvalidTarget as exc:
        return web.json_response({"error": str(exc)}, status=400)
    return web.json_response({"host": target, "output": output})
