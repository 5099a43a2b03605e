from aiohttp import web

from analytics import counts_by


async def signup_stats(request: web.Request) -> web.Response:
    column = request.query.get("group_by", "country")
    days = int(request.query.get("days", "30"))
    try:
        rows = await counts_by(request.app["dsn"], column, min(max(days, 1), 365))
    except ValueError:
        raise web.HTTPBadRequest(text="unsupported group_by")
    return web.json_response({"group_by": column, "rows": rows})


def setup(app: web.Application) -> None:
    app.router.add_get("/stats/signups", signup_stats)
