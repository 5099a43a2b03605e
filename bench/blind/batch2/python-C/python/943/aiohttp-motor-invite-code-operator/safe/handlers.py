from aiohttp import web

from invites import claim_invite


async def accept_invite(request: web.Request) -> web.Response:
    data = await request.json()
    invite = await claim_invite(request.app["db"], data.get("code"), request["user_id"])
    if invite is None:
        raise web.HTTPNotFound(text="invite not found or already used")
    return web.json_response({"joined": invite["team"]})


def setup(app: web.Application) -> None:
    app.router.add_post("/invites/accept", accept_invite)
