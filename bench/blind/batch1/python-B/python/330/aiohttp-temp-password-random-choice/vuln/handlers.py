from aiohttp import web

from mailer import send_welcome
from provisioning import provision_user


async def invite_member(request: web.Request) -> web.Response:
    team_id = int(request.match_info["team_id"])
    if request["user"]["team_id"] != team_id or request["user"]["role"] != "admin":
        raise web.HTTPForbidden()
    data = await request.json()
    email = str(data.get("email", "")).strip().lower()
    if "@" not in email:
        raise web.HTTPBadRequest(text="email required")
    password = await provision_user(request.app["pool"], email, team_id)
    await send_welcome(email, password)
    return web.json_response({"invited": email}, status=201)


def setup(app: web.Application) -> None:
    app.router.add_post("/teams/{team_id}/members", invite_member)
