from aiohttp import web
from aiohttp_session import new_session

from prefs import get_start_page, save_start_page
from urlcheck import local_path_or_default


async def login(request: web.Request) -> web.Response:
    form = await request.post()
    user = await request.app["auth"].verify(form.get("username"), form.get("password"))
    if user is None:
        raise web.HTTPUnauthorized()
    session = await new_session(request)
    session["uid"] = user.id
    start = await get_start_page(request.app["pool"], user.id)
    raise web.HTTPFound(location=start or "/home")  # cg-expect: CWE-601


async def set_start_page(request: web.Request) -> web.Response:
    data = await request.json()
    await save_start_page(request.app["pool"], request["uid"], str(data.get("url", ""))[:500])
    return web.json_response({"saved": True})


def setup(app: web.Application) -> None:
    app.router.add_post("/login", login)
    app.router.add_put("/me/start-page", set_start_page)
