from aiohttp import web

from uploads import save_upload


async def upload(request: web.Request) -> web.Response:
    reader = await request.multipart()
    field = await reader.next()
    if field is None or field.name != "file":
        raise web.HTTPBadRequest(text="file field required")
    data = await field.read(decode=False)
    try:
        stored = await save_upload(field.filename or "upload.bin", data)
    except ValueError:
        raise web.HTTPBadRequest(text="invalid file name")
    return web.json_response({"stored": stored, "size": len(data)})


def setup(app: web.Application) -> None:
    app.router.add_post("/attachments", upload)
