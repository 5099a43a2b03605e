from aiohttp import web
from aiohttp_session import get_session

EDITABLE = {"display_name", "locale", "timezone"}


async def update_profile(request: web.Request) -> web.Response:
    session = await get_session(request)
    if "user_id" not in session:
        raise web.HTTPUnauthorized()
    data = await request.json()
    session.update({k: str(v) for k, v in data.items() if k in EDITABLE})
    return web.json_response({"ok": True})


async def admin_panel(request: web.Request) -> web.Response:
    session = await get_session(request)
    if not session.get("is_admin"):
        raise web.HTTPForbidden()
    return web.json_response({"users": await request.app["users"].count()})
