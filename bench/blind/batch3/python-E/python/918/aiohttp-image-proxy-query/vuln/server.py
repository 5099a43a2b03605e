from aiohttp import web, ClientSession, ClientTimeout
from allow import is_allowed_image_host

async def proxy(request):
    src = request.query["src"]
    if not src.startswith("http"):
        raise web.HTTPBadRequest()
    async with ClientSession(timeout=ClientTimeout(total=5)) as s:
        async with s.get(src, allow_redirects=False) as r:  # cg-expect: CWE-918
            body = await r.read()
            return web.Response(body=body, content_type=r.headers.get("Content-Type", "application/octet-stream"))

app = web.Application()
app.router.add_get("/img", proxy)
