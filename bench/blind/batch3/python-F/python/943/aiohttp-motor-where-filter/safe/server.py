from aiohttp import web

from members import search_members


async def members(request: web.Request) -> web.Response:
    min_age = request.query.get("min_age", "18")
    club = request.match_info["club"]
    docs = await search_members(request.app["db"], club, min_age)
    return web.json_response(docs)


def create_app(db) -> web.Application:
    app = web.Application()
    app["db"] = db
    app.router.add_get("/clubs/{club}/members", members)
    return app
