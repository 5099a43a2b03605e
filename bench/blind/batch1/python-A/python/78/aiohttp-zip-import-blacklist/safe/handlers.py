import os
import uuid

from aiohttp import web

from extract import unpack_archive

INBOX = "/var/spool/importer"


async def import_archive(request: web.Request) -> web.Response:
    reader = await request.multipart()
    part = await reader.next()
    if part is None or part.name != "archive" or not part.filename:
        raise web.HTTPBadRequest(text="archive field required")
    if not part.filename.lower().endswith(".zip"):
        raise web.HTTPUnsupportedMediaType(text="zip only")
    job_dir = os.path.join(INBOX, uuid.uuid4().hex)
    os.makedirs(job_dir)
    saved = os.path.join(job_dir, os.path.basename(part.filename))
    with open(saved, "wb") as fh:
        while chunk := await part.read_chunk():
            fh.write(chunk)
    files = await unpack_archive(saved, job_dir)
    return web.json_response({"job": os.path.basename(job_dir), "files": files})


app = web.Application(client_max_size=50 * 1024 * 1024)
app.router.add_post("/imports", import_archive)
