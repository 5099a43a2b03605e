import logging
import os
from concurrent.futures import ThreadPoolExecutor

from aiohttp import web

from server import app


async def use_bounded_executor(app: web.Application) -> None:
    # LDAP calls are blocking; cap the number running at once
    import asyncio

    asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(max_workers=8))


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    app.on_startup.append(use_bounded_executor)
    web.run_app(app, port=int(os.environ.get("PORT", "8090")))


if __name__ == "__main__":
    main()
