from aiohttp import web
from notify import render_notification
from store import get_template


async def preview(request: web.Request) -> web.Response:
    tenant = request.match_info["tenant"]
    tpl_src = await get_template(tenant)
    event = await request.json()
    text = render_notification(tpl_src, event)
    return web.json_response({"text": text})


app = web.Application()
app.router.add_post("/tenants/{tenant}/notify/preview", preview)
