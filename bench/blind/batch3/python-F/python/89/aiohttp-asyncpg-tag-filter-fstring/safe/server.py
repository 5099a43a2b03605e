from aiohttp import web

from articles import articles_with_tags


async def list_articles(request: web.Request) -> web.Response:
    tags = [t.strip() for t in request.query.get("tags", "").split(",") if t.strip()]
    rows = await articles_with_tags(request.app["db"], tags)
    return web.json_response(rows)


app = web.Application()
app.router.add_get("/articles", list_articles)
