import os

from aiohttp import web

THEME_DIR = os.path.realpath("/srv/app/themes")


async def theme_css(request: web.Request) -> web.FileResponse:
    theme = request.cookies.get("theme", "default.css")
    path = os.path.realpath(os.path.join(THEME_DIR, theme))
    if not theme.endswith(".css") or os.path.commonpath([path, THEME_DIR]) != THEME_DIR:
        raise web.HTTPBadRequest()
    return web.FileResponse(path)


def setup(app: web.Application) -> None:
    app.router.add_get("/theme.css", theme_css)
