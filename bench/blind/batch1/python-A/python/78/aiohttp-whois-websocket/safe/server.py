import asyncio
import json

from aiohttp import WSMsgType, web


async def whois(query: str) -> str:
    if query.startswith("-"):
        return "invalid domain"
    proc = await asyncio.create_subprocess_exec(
        "whois", "--", query,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await proc.communicate()
    return out.decode("utf-8", "replace")


async def ws_handler(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse(heartbeat=30)
    await ws.prepare(request)
    async for msg in ws:
        if msg.type != WSMsgType.TEXT:
            continue
        try:
            req = json.loads(msg.data)
        except ValueError:
            await ws.send_json({"error": "bad json"})
            continue
        if req.get("action") == "whois" and req.get("domain"):
            text = await whois(req["domain"])
            await ws.send_json({"domain": req["domain"], "whois": text})
    return ws


def make_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/ws", ws_handler)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8080)
