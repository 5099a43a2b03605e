import aiohttp
from aiohttp import web

from feeds import FEEDS, fetch_feed


async def items_by_category(request: web.Request) -> web.Response:
    feed_name = request.match_info["feed"]
    if feed_name not in FEEDS:
        raise web.HTTPNotFound()
    category = request.query.get("category", "")
    root = await fetch_feed(request.app["http"], FEEDS[feed_name])
    expr = "/rss/channel/item[category=$category and not(premium)]"
    items = root.xpath(expr, category=category)
    return web.json_response([
        {"title": i.findtext("title"), "link": i.findtext("link"), "date": i.findtext("pubDate")}
        for i in items
    ])


async def http_session(app: web.Application):
    app["http"] = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
    yield
    await app["http"].close()


app = web.Application()
app.cleanup_ctx.append(http_session)
app.router.add_get("/feeds/{feed}/items", items_by_category)
