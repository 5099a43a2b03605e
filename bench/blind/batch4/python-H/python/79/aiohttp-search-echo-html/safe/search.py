import html

from aiohttp import web

PAGE = """<!doctype html><html><body>
<h1>Search</h1>
<p>Results for <b>{term}</b>: {count} found</p>
<ul>{items}</ul>
</body></html>"""


async def search(request: web.Request) -> web.Response:
    term = request.query.get("q", "")
    hits = await request.app["index"].lookup(term)
    items = "".join(f"<li>{html.escape(h.title)}</li>" for h in hits)
    body = PAGE.format(term=html.escape(term), count=len(hits), items=items)
    return web.Response(text=body, content_type="text/html")


def setup(app: web.Application) -> None:
    app.router.add_get("/search", search)
