from datetime import date

from aiohttp import web

from db import pg_pool

routes = web.RouteTableDef()


@routes.get("/reports/daily-signups")
async def daily_signups(request: web.Request) -> web.Response:
    try:
        start = date.fromisoformat(request.query.get("from", "2024-01-01"))
        end = date.fromisoformat(request.query.get("to", date.today().isoformat()))
    except ValueError:
        raise web.HTTPBadRequest(text="dates must be YYYY-MM-DD")
    rows = await request.app["pg"].fetch(
        "SELECT day, signups FROM daily_signups WHERE day BETWEEN $1 AND $2 ORDER BY day", start, end
    )
    return web.json_response([{"day": r["day"].isoformat(), "signups": r["signups"]} for r in rows])


def create_app() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(pg_pool)
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=8090)
