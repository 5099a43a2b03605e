import os

from aiohttp import web
from aiohttp_session import get_session

from invites import InviteCodec

codec = InviteCodec(bytes.fromhex(os.environ["INVITE_KEY"]))


async def create_invite(request: web.Request) -> web.Response:
    session = await get_session(request)
    team_id = int(request.match_info["team_id"])
    if team_id not in session.get("owned_teams", []):
        raise web.HTTPForbidden()
    role = 1 if (await request.json()).get("role") == "member" else 0
    return web.json_response({"code": codec.issue(team_id, role)})


async def redeem_invite(request: web.Request) -> web.Response:
    code = request.match_info["code"]
    try:
        team_id, role = codec.redeem(code)
    except (ValueError, TypeError):
        raise web.HTTPNotFound()
    session = await get_session(request)
    user_id = session.get("user_id")
    if user_id is None:
        raise web.HTTPUnauthorized()
    await request.app["teams"].add_member(team_id, user_id, role)
    return web.json_response({"team": team_id, "role": role})


app = web.Application()
app.router.add_post("/teams/{team_id}/invites", create_invite)
app.router.add_post("/invites/{code}", redeem_invite)
