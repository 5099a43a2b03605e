from aiohttp import web

from .feed import FeedCache

routes = web.RouteTableDef()


@routes.get("/news/category/{category}")
async def by_category(request: web.Request) -> web.Response:
    cache: FeedCache = request.app["feed_cache"]
    category = request.match_info["category"]
    items = await cache.items_in(category)
    return web.json_response({"category": category, "items": items})
