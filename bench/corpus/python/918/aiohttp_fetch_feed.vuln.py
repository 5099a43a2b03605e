import aiohttp
from aiohttp import web


async def fetch_feed(request: web.Request) -> web.Response:
    params = request.rel_url.query
    feed_url = params.get("feed")
    async with aiohttp.ClientSession() as session:
        async with session.get(feed_url, timeout=aiohttp.ClientTimeout(total=5)) as resp:  # cg-expect: CWE-918
            body = await resp.text()
    return web.json_response({"bytes": len(body)})
