import re
from aiohttp import web
from idp import fetch_avatar

SUBJECT_RE = re.compile(r"^[a-z0-9-]{1,64}$")


async def avatar(request: web.Request) -> web.Response:
    subject = request.match_info["subject"]
    if not SUBJECT_RE.match(subject):
        raise web.HTTPBadRequest()
    data = await fetch_avatar(subject)
    return web.Response(body=data, content_type="image/png")


app = web.Application()
app.router.add_get("/avatars/{subject}", avatar)
