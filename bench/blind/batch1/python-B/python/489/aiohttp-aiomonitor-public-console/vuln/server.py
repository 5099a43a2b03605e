import asyncio
import logging

import aiomonitor
from aiohttp import web

from handlers import routes
from workers import start_workers

log = logging.getLogger("ingest")


async def main() -> None:
    app = web.Application(client_max_size=8 * 1024 * 1024)
    app.add_routes(routes)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "0.0.0.0", 8080)
    await site.start()
    workers = await start_workers(app, count=4)

    loop = asyncio.get_running_loop()
    # live task inspection helps when ingestion stalls
    with aiomonitor.start_monitor(loop, host="0.0.0.0", port=20101, locals={"app": app}):  # cg-expect: CWE-489
        log.info("ingest service listening on :8080")
        try:
            await asyncio.Event().wait()
        finally:
            for w in workers:
                w.cancel()
            await runner.cleanup()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
