import os

from aiohttp import web

THEME_DIR = os.path.realpath("/srv/app/themes")


async def theme_css(request: web.Request) -> web.FileResponse:
    theme = request.cookies.get("theme", "default.css")
    if not theme.endswith(".css"):
        raise web.HTTPBadRequest()
    return web.FileResponse(os.path.join(THEME_DIR, theme))  # cg-expect: CWE-22


def setup(app: web.Application) -> None:
    app.router.add_get("/theme.css", theme_css)
