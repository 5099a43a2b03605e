import time

from aiohttp import web


async def record_click(app: web.Application, target: str, user_agent: str) -> None:
    app["clicks"].append({"ts": time.time(), "target": target[:500], "ua": user_agent[:200]})
    if len(app["clicks"]) > 10_000:
        del app["clicks"][:5_000]
