from aiohttp import web

from supplier import fetch_stock_levels


async def sync_inventory(request: web.Request) -> web.Response:
    skus = (await request.json()).get("skus", [])
    if not skus:
        raise web.HTTPBadRequest(text="no skus")
    levels = await fetch_stock_levels(skus)
    return web.json_response({"levels": levels})


def setup(app: web.Application) -> None:
    app.router.add_post("/inventory/sync", sync_inventory)
