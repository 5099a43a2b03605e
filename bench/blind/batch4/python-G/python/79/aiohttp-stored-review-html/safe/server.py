from aiohttp import web
from reviews import reviews_for
from render import review_list_html


async def product_reviews(request: web.Request) -> web.Response:
    pid = int(request.match_info["pid"])
    rows = await reviews_for(pid)
    return web.Response(text=review_list_html(rows), content_type="text/html")


app = web.Application()
app.router.add_get("/products/{pid:\\d+}/reviews", product_reviews)
