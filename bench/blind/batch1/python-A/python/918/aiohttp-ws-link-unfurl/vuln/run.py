import logging
import os

from aiohttp import web

from server import app

log = logging.getLogger("chat")


async def on_shutdown(app: web.Application) -> None:
    log.info("closing chat server")


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    app.on_shutdown.append(on_shutdown)
    web.run_app(app, host=os.environ.get("HOST", "0.0.0.0"), port=int(os.environ.get("PORT", "8765")))


if __name__ == "__main__":
    main()
