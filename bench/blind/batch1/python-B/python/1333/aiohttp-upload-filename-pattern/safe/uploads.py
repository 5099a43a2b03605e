import re
import uuid
from pathlib import Path

from aiohttp import web

MEDIA_ROOT = Path("/srv/gallery/media")
FILENAME_OK = re.compile(r"^[a-zA-Z0-9]+(?:[ _-][a-zA-Z0-9]+)*\.(jpg|jpeg|png|gif)$", re.IGNORECASE)
MAX_BYTES = 10 * 1024 * 1024


async def upload_photo(request: web.Request) -> web.Response:
    reader = await request.multipart()
    part = await reader.next()
    if part is None or part.name != "photo" or not part.filename:
        raise web.HTTPBadRequest(text="expected a 'photo' file field")
    original = part.filename
    if len(original) > 255 or re.search(FILENAME_OK, original) is None:
        raise web.HTTPUnsupportedMediaType(text="only jpg, png and gif images with simple names")

    ext = original.rsplit(".", 1)[1].lower()
    stored = MEDIA_ROOT / f"{uuid.uuid4().hex}.{ext}"
    size = 0
    with stored.open("wb") as fh:
        while chunk := await part.read_chunk(64 * 1024):
            size += len(chunk)
            if size > MAX_BYTES:
                fh.close()
                stored.unlink(missing_ok=True)
                raise web.HTTPRequestEntityTooLarge(max_size=MAX_BYTES, actual_size=size)
            fh.write(chunk)
    await request.app["db"].execute(
        "INSERT INTO photos (stored_name, original_name, size) VALUES ($1, $2, $3)",
        stored.name, original, size,
    )
    return web.json_response({"id": stored.stem, "name": original}, status=201)


def setup(app: web.Application) -> None:
    app.router.add_post("/photos", upload_photo)
