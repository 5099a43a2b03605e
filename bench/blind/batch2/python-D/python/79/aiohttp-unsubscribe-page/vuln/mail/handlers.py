from aiohttp import web

from .pages import unsubscribe_page
from .subscriptions import unsubscribe

routes = web.RouteTableDef()


@routes.get("/unsubscribe/{email}/{token}")
async def unsubscribe_view(request: web.Request) -> web.Response:
    email = request.match_info["email"]
    token = request.match_info["token"]
    done = await unsubscribe(request.app["db"], email, token)
    html = unsubscribe_page(email, done)
    return web.Response(text=html, content_type="text/html")  # cg-expect: CWE-79
