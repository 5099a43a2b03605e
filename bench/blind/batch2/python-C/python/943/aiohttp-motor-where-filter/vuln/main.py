import os

from aiohttp import web
from motor.motor_asyncio import AsyncIOMotorClient

from server import create_app


def main() -> None:
    client = AsyncIOMotorClient(os.environ.get("MONGO_URL", "mongodb://mongo:27017"))
    app = create_app(client.library)
    web.run_app(app, port=8083)


if __name__ == "__main__":
    main()
