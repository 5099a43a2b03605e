import hashlib
import pathlib

from aiohttp import web

from firmware import FirmwareRejected, verify_image

STAGING = pathlib.Path("/var/lib/gateway/staging")


async def upload_firmware(request: web.Request) -> web.Response:
    reader = await request.multipart()
    image = signature = None
    async for part in reader:
        if part.name == "image":
            image = await part.read(decode=False)
        elif part.name == "signature":
            signature = await part.read(decode=False)
    if not image or not signature:
        raise web.HTTPBadRequest(text="image and signature are required")

    try:
        verify_image(image, signature)
    except FirmwareRejected as exc:
        raise web.HTTPForbidden(text=str(exc))

    digest = hashlib.sha256(image).hexdigest()
    target = STAGING / f"{digest}.bin"
    target.write_bytes(image)
    request.app["updater"].schedule(target)
    return web.json_response({"staged": digest})


def setup_routes(app: web.Application) -> None:
    app.router.add_post("/admin/firmware", upload_firmware)
