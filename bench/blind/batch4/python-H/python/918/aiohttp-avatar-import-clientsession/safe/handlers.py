from aiohttp import web

from fetcher import download_image


async def import_avatar(request: web.Request) -> web.Response:
    data = await request.json()
    url = str(data.get("avatar_url", ""))
    try:
        blob = await download_image(request.app["http"], url)
    except ValueError as exc:
        raise web.HTTPBadRequest(text=str(exc))
    request.app["avatars"][request["user_id"]] = blob
    return web.json_response({"bytes": len(blob)})
