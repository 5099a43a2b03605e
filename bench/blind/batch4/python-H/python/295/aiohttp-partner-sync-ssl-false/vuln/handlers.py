from aiohttp import web

from partner import push_customers


async def sync(request: web.Request) -> web.Response:
    rows = await request.app["pool"].fetch("SELECT id, name, email FROM customers WHERE synced = false LIMIT 500")
    accepted = await push_customers(request.app["http"], [dict(r) for r in rows])
    return web.json_response({"accepted": accepted})


def setup(app: web.Application) -> None:
    app.router.add_post("/admin/partner-sync", sync)
