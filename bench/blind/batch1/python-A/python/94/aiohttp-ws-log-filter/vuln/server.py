import asyncio
import json

from aiohttp import WSMsgType, web

from logbus import LogBus


def compile_filter(expression: str):
    """Turn a filter expression such as `level == 'ERROR' and 'db' in msg` into a predicate."""
    code = compile(f"def _pred(level, msg, service):\n    return {expression}\n", "<filter>", "exec")
    namespace: dict = {}
    exec(code, namespace)  # cg-expect: CWE-94
    return namespace["_pred"]


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
                    predicate = compile_filter(cmd["expression"])
                    await ws.send_json({"ok": True})
    finally:
        pump_task.cancel()
        bus.unsubscribe(queue)
    return ws


app = web.Application()
app["bus"] = LogBus()
app.router.add_get("/logs/tail", tail)
