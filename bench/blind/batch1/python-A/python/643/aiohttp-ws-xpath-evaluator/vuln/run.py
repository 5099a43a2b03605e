import logging
import os

from aiohttp import web

from server import app


async def reload_schedule(request: web.Request) -> web.Response:
    """Called by the nightly GTFS-to-XML export job on the internal network."""
    from server import SCHEDULE_XML, ScheduleIndex

    request.app["schedule"] = ScheduleIndex(SCHEDULE_XML)
    return web.json_response({"reloaded": True})


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    app.router.add_post("/internal/reload", reload_schedule)
    web.run_app(app, host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))


if __name__ == "__main__":
    main()
