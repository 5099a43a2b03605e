import logging
import os

from aiohttp import web

from app import create_app


async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"ok": True})


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    app = create_app()
    app.router.add_get("/healthz", healthz)
    web.run_app(app, host=os.environ.get("HOST", "0.0.0.0"), port=int(os.environ.get("PORT", "8080")))


if __name__ == "__main__":
    main()
