import json

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/ingest/{stream}")
async def ingest(request: web.Request) -> web.Response:
    stream = request.match_info["stream"]
    if stream not in {"clicks", "views", "purchases"}:
        raise web.HTTPNotFound()
    try:
        events = await request.json()
    except json.JSONDecodeError:
        raise web.HTTPBadRequest(text="body must be JSON")
    if not isinstance(events, list):
        raise web.HTTPBadRequest(text="expected a list of events")
    queue = request.app.setdefault("queues", {}).setdefault(stream, [])
    queue.extend(events[:1000])
    return web.json_response({"accepted": min(len(events), 1000)}, status=202)
