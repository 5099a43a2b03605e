from aiohttp import web

from ldap_members import members_of


async def team_members(request: web.Request) -> web.Response:
    team_id = int(request.match_info["team_id"])
    row = await request.app["db"].fetchrow("SELECT ldap_alias FROM teams WHERE id = $1", team_id)
    if row is None:
        raise web.HTTPNotFound()
    names = await members_of(row["ldap_alias"])
    return web.json_response({"members": names})


app = web.Application()
app.router.add_get("/teams/{team_id}/members", team_members)
