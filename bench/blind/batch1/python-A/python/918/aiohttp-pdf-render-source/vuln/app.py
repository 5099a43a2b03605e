import aiohttp
from aiohttp import web

from renderer import html_to_pdf


class SourceFetcher:
    def __init__(self, session: aiohttp.ClientSession):
        self.session = session

    async def fetch_html(self, url: str) -> str:
        async with self.session.get(url, allow_redirects=True) as resp:  # cg-expect: CWE-918
            resp.raise_for_status()
            return await resp.text()


async def render_pdf(request: web.Request) -> web.Response:
    body = await request.json()
    source_url = body.get("source_url")
    if not isinstance(source_url, str):
        raise web.HTTPBadRequest(text="source_url must be a string")
    html = await request.app["fetcher"].fetch_html(source_url)
    pdf = await html_to_pdf(html)
    return web.Response(body=pdf, content_type="application/pdf")


async def on_startup(app: web.Application) -> None:
    app["http"] = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15))
    app["fetcher"] = SourceFetcher(app["http"])


async def on_cleanup(app: web.Application) -> None:
    await app["http"].close()


app = web.Application()
app.on_startup.append(on_startup)
app.on_cleanup.append(on_cleanup)
app.router.add_post("/render", render_pdf)
