from aiohttp import web

from render import render_page


async def guestbook(request: web.Request) -> web.Response:
    rows = await request.app["db"].fetch("SELECT author, message FROM guestbook ORDER BY id DESC LIMIT 50")
    html = render_page("guestbook.html", entries=[dict(r) for r in rows])
    return web.Response(text=html, content_type="text/html")


async def sign(request: web.Request) -> web.Response:
    form = await request.post()
    await request.app["db"].execute(
        "INSERT INTO guestbook (author, message) VALUES ($1, $2)", form["author"][:80], form["message"][:2000]
    )
    raise web.HTTPSeeOther("/guestbook")


app = web.Application()
app.router.add_get("/guestbook", guestbook)
app.router.add_post("/guestbook", sign)
