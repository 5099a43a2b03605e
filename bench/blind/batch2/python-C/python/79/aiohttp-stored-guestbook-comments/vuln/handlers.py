from aiohttp import web

from store import add_comment, latest_comments
from render import render_comments


async def post_comment(request: web.Request) -> web.Response:
    form = await request.post()
    await add_comment(str(form.get("author", "anon"))[:40], str(form.get("text", ""))[:2000])
    raise web.HTTPSeeOther("/guestbook")


async def show_guestbook(request: web.Request) -> web.Response:
    comments = await latest_comments()
    body = render_comments(comments)
    return web.Response(text=body, content_type="text/html")  # cg-expect: CWE-79


def setup(app: web.Application) -> None:
    app.router.add_get("/guestbook", show_guestbook)
    app.router.add_post("/guestbook", post_comment)
