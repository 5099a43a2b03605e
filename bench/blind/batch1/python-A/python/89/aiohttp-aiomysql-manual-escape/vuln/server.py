import os

import aiomysql
from aiohttp import web

from orders import OrderQueries


async def pool_ctx(app: web.Application):
    app["pool"] = await aiomysql.create_pool(
        host=os.environ.get("MYSQL_HOST", "db"), user="shop", password=os.environ["MYSQL_PASSWORD"],
        db="shop", autocommit=True,
    )
    yield
    app["pool"].close()
    await app["pool"].wait_closed()


async def customer_orders(request: web.Request) -> web.Response:
    customer_id = int(request.match_info["customer_id"])
    status = request.query.get("status", "paid")
    rows = await OrderQueries(request.app["pool"]).for_customer(customer_id, status)
    for row in rows:
        row["created_at"] = row["created_at"].isoformat()
        row["total"] = str(row["total"])
    return web.json_response(rows)


app = web.Application()
app.cleanup_ctx.append(pool_ctx)
app.router.add_get(r"/customers/{customer_id:\d+}/orders", customer_orders)
