from aiohttp import web
from ua import platform_of

STATS: dict[str, int] = {}


@web.middleware
async def ua_stats(request: web.Request, handler):
    plat = platform_of(request.headers.get("User-Agent", ""))
    STATS[plat] = STATS.get(plat, 0) + 1
    return await handler(request)


async def stats(request: web.Request) -> web.Response:
    return web.json_response(STATS)


app = web.Application(middlewares=[ua_stats])
app.router.add_get("/stats", stats)
