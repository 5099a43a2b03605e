import aiohttp
from aiohttp import web


async def fetch_feed(request: web.Request) -> web.Response:
    params = request.rel_url.query
    feeds = {"news": "https://example.com/news.rss", "blog": "https://example.com/blog.rss"}
    feed_url = feeds.get(params.get("feed"), feeds["news"])
    async with aiohttp.ClientSession() as session:
        async with session.get(feed_url, timeout=aiohttp.ClientTimeout(total=5)) as resp:
            body = await resp.text()
    return web.json_response({"bytes": len(body)})
