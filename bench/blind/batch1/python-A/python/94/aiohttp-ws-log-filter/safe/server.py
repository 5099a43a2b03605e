import asyncio
import json

from aiohttp import WSMsgType, web

from logbus import LogBus


LEVELS = {"DEBUG": 10, "INFO": 20, "WARNING": 30, "ERROR": 40, "CRITICAL": 50}


def compile_filter(spec: dict):
    """Turn a structured filter such as {"min_level": "ERROR", "contains": "db"} into a predicate."""
    min_level = LEVELS.get(str(spec.get("min_level", "DEBUG")).upper(), 10)
    needle = str(spec.get("contains", ""))
    services = {str(s) for s in spec.get("services", [])}

    def _pred(level, msg, service):
        return (LEVELS.get(level, 0) >= min_level and needle in msg
                and (not services or service in services))

    return _pred


async def tail(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    bus: LogBus = request.app["bus"]
    predicate = lambda level, msg, service: True  # noqa: E731
    queue = bus.subscribe()

    async def pump():
        while True:
            rec = await queue.get()
            if predicate(rec["level"], rec["msg"], rec["service"]):
                await ws.send_json(rec)

    pump_task = asyncio.create_task(pump())
    try:
        async for msg in ws:
            if msg.type == WSMsgType.TEXT:
                cmd = json.loads(msg.data)
                if cmd.get("type") == "filter":
                    predicate = compile_filter(cmd.get("filter") or {})
                    await ws.send_json({"ok": True})
    finally:
        pump_task.cancel()
        bus.unsubscribe(queue)
    return ws


app = web.Application()
app["bus"] = LogBus()
app.router.add_get("/logs/tail", tail)
