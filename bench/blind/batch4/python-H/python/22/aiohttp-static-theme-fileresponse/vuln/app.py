from aiohttp import web

import themes


async def set_theme(request: web.Request) -> web.Response:
    form = await request.post()
    resp = web.HTTPFound("/")
    resp.set_cookie("theme", str(form.get("theme", "default.css")), max_age=31536000)
    return resp


def create_app() -> web.Application:
    app = web.Application()
    themes.setup(app)
    app.router.add_post("/prefs/theme", set_theme)
    return app
