import logging
import os

from aiohttp import web

from app import app


def main() -> None:
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    web.run_app(app, host=os.environ.get("HOST", "0.0.0.0"), port=int(os.environ.get("PORT", "8000")),
                access_log_format='%a "%r" %s %b %Tf')


if __name__ == "__main__":
    main()
