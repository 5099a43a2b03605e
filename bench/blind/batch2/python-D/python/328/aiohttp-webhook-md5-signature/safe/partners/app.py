import asyncio
import json
import os

from aiohttp import web

from .handlers import routes


def load_partner_secrets() -> dict[str, bytes]:
    with open(os.environ["PARTNER_SECRETS_FILE"]) as fh:
        return {name: value.encode() for name, value in json.load(fh).items()}


def create_app() -> web.Application:
    app = web.Application(client_max_size=1024 * 1024)
    app["partner_secrets"] = load_partner_secrets()
    app["queue"] = asyncio.Queue(maxsize=10_000)
    app.add_routes(routes)
    return app
