from aiohttp import web

from thumbs import make_thumbnail

UPLOAD_DIR = "/var/lib/gallery/uploads"


async def upload(request: web.Request) -> web.Response:
    reader = await request.multipart()
    part = await reader.next()
    if part is None or part.name != "image":
        raise web.HTTPBadRequest(text="image field required")
    filename = part.filename or "upload.jpg"
    thumb = await make_thumbnail(part, filename, UPLOAD_DIR)
    return web.json_response({"thumbnail": thumb})


app = web.Application(client_max_size=10 * 1024 * 1024)
app.router.add_post("/gallery/upload", upload)
