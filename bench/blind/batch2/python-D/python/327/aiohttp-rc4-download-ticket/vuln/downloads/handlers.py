from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/api/files/{file_id}/ticket")
async def create_ticket(request: web.Request) -> web.Response:
    file_id = request.match_info["file_id"]
    ticket = request.app["tickets"].seal(file_id, request["user_id"])
    return web.json_response({"ticket": ticket})


@routes.get("/dl/{ticket}")
async def download(request: web.Request) -> web.StreamResponse:
    try:
        data = request.app["tickets"].open(request.match_info["ticket"])
    except (ValueError, KeyError):
        raise web.HTTPForbidden()
    return web.FileResponse(request.app["files_root"] / data["f"])
