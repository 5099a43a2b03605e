from aiohttp import web

from .search import grep_lines

routes = web.RouteTableDef()


@routes.get("/api/services/{service}/logs")
async def search_logs(request: web.Request) -> web.Response:
    service = request.match_info["service"]
    if service not in request.app["services"]:
        raise web.HTTPNotFound()
    pattern = request.query.get("q", "")
    lines = await request.app["log_store"].tail(service, 5000)
    matches = grep_lines(lines, pattern, ignore_case=request.query.get("i") == "1")
    return web.json_response({"service": service, "matches": matches[:500]})
