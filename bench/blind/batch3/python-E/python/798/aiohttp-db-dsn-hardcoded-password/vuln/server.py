from aiohttp import web
from db import init_pool

async def orders(request):
    rows = await request.app["db"].fetch("SELECT id, total FROM orders WHERE customer_id = $1", int(request.match_info["cid"]))
    return web.json_response([dict(r) for r in rows])

app = web.Application()
app.cleanup_ctx.append(init_pool)
app.router.add_get("/customers/{cid}/orders", orders)
