from aiohttp import web

from csrf import issue_csrf_token


async def settings_form(request: web.Request) -> web.Response:
    token = await issue_csrf_token(request)
    return web.json_response({"csrf_token": token})


async def save_settings(request: web.Request) -> web.Response:
    form = await request.post()
    return web.json_response({"saved": sorted(k for k in form.keys() if k != "csrf_token")})


def setup(app: web.Application) -> None:
    app.router.add_get("/settings/form", settings_form)
    app.router.add_post("/settings", save_settings)
