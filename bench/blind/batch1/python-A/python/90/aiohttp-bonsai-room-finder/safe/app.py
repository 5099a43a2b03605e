import os

import bonsai
from aiohttp import web

ROOMS_BASE = "ou=rooms,dc=campus,dc=edu"


def build_filter(building: str, min_seats: int) -> str:
    building = bonsai.escape_filter_exp(building)
    return f"(&(objectClass=room)(buildingName={building})(roomCapacity>={min_seats})(bookable=TRUE))"


async def find_rooms(request: web.Request) -> web.Response:
    building = request.query.get("building", "")
    try:
        min_seats = int(request.query.get("seats", "1"))
    except ValueError:
        raise web.HTTPBadRequest(text="seats must be an integer")
    client: bonsai.LDAPClient = request.app["ldap"]
    async with client.connect(is_async=True) as conn:
        results = await conn.search(
            ROOMS_BASE, bonsai.LDAPSearchScope.SUBTREE, build_filter(building, min_seats),
            attrlist=["cn", "roomCapacity", "buildingName"],
        )
    rooms = [{"room": str(r["cn"][0]), "seats": int(r["roomCapacity"][0])} for r in results]
    return web.json_response({"rooms": rooms})


def create_app() -> web.Application:
    app = web.Application()
    client = bonsai.LDAPClient(os.environ.get("LDAP_URL", "ldaps://ldap.campus.edu"))
    client.set_credentials("SIMPLE", user=os.environ["LDAP_BIND_DN"], password=os.environ["LDAP_BIND_PW"])
    app["ldap"] = client
    app.router.add_get("/rooms", find_rooms)
    return app
