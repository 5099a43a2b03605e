from aiohttp import web

from stats import user_activity


async def activity(request: web.Request) -> web.Response:
    body = await request.json()
    rows = await user_activity(request.app["db"], body.get("username", ""))
    return web.json_response(rows)


def create_app(db) -> web.Application:
    app = web.Application()
    app["db"] = db
    app.router.add_post("/stats/activity", activity)
    return app
