from aiohttp import web

from sharelinks import make_share_token, read_share_token


async def create_link(request: web.Request) -> web.Response:
    doc_id = int(request.match_info["doc_id"])
    token = make_share_token(doc_id, ttl=int(request.query.get("ttl", "86400")))
    return web.json_response({"url": f"/shared/{token}"})


async def open_link(request: web.Request) -> web.Response:
    info = read_share_token(request.match_info["token"])
    if info is None:
        raise web.HTTPGone()
    return web.json_response(info)


def setup(app: web.Application) -> None:
    app.router.add_post("/docs/{doc_id}/share", create_link)
    app.router.add_get("/shared/{token}", open_link)
