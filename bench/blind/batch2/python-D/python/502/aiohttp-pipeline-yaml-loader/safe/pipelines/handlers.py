from aiohttp import web

from .parser import parse_pipeline, PipelineError

routes = web.RouteTableDef()


@routes.put("/api/projects/{project}/pipeline")
async def upload_pipeline(request: web.Request) -> web.Response:
    text = await request.text()
    if len(text) > 256_000:
        raise web.HTTPRequestEntityTooLarge(max_size=256_000, actual_size=len(text))
    try:
        pipeline = parse_pipeline(text)
    except PipelineError as exc:
        return web.json_response({"error": str(exc)}, status=422)
    await request.app["store"].save(request.match_info["project"], pipeline)
    return web.json_response({"stages": [s["name"] for s in pipeline["stages"]]})
