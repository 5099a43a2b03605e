from aiohttp import web
from supplier import fetch_stock

async def stock(request: web.Request) -> web.Response:
    sku = request.match_info["sku"]
    return web.json_response(await fetch_stock(sku))

app = web.Application()
app.router.add_get("/stock/{sku}", stock)
