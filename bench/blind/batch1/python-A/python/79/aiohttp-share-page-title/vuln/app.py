from aiohttp import web

from shares import ShareStore

TEMPLATE = """<!doctype html>
<html>
<head><meta property="og:title" content="{title}"><title>{title}</title></head>
<body>
  <h1>{title}</h1>
  <p>Shared by {owner}</p>
  <a href="/download/{token}">Download</a>
</body>
</html>"""


async def share_page(request: web.Request) -> web.Response:
    token = request.match_info["token"]
    share = await request.app["shares"].get(token)
    if share is None:
        raise web.HTTPNotFound()
    html = TEMPLATE.format(title=share.title, owner=share.owner_name, token=token)
    return web.Response(text=html, content_type="text/html")  # cg-expect: CWE-79


async def create_share(request: web.Request) -> web.Response:
    data = await request.post()
    token = await request.app["shares"].create(
        owner_id=request["user_id"], owner_name=request["user_name"],
        title=str(data.get("title", "Untitled"))[:200], file_id=int(data["file_id"]),
    )
    return web.json_response({"url": f"/s/{token}"}, status=201)


app = web.Application()
app["shares"] = ShareStore()
app.router.add_get(r"/s/{token:[A-Za-z0-9_-]+}", share_page)
app.router.add_post("/shares", create_share)
