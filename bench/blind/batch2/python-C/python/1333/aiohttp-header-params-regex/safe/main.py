import logging

from aiohttp import web

from middleware import create_app

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("hints-service")


async def on_startup(app: web.Application) -> None:
    log.info("client hints service starting")


async def on_cleanup(app: web.Application) -> None:
    log.info("client hints service stopped")


def main() -> None:
    app = create_app()
    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    web.run_app(app, host="0.0.0.0", port=8080)


if __name__ == "__main__":
    main()
