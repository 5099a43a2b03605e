from aiohttp import web

from gpx import track_points


async def upload_track(request: web.Request) -> web.Response:
    form = await request.post()
    field = form.get("track")
    if field is None or not hasattr(field, "file"):
        raise web.HTTPBadRequest(text="track file required")
    points = track_points(field.file.read())
    return web.json_response({"points": len(points), "first": points[:1]})


app = web.Application(client_max_size=20 * 1024 * 1024)
app.router.add_post("/tracks", upload_track)
