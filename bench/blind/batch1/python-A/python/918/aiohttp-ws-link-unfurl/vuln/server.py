import json
import re

import aiohttp
from aiohttp import WSMsgType, web

URL_RE = re.compile(r"https?://\S+")


async def unfurl(session: aiohttp.ClientSession, url: str) -> dict:
    try:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=4)) as resp:  # cg-expect: CWE-918
            text = await resp.text(errors="replace")
    except aiohttp.ClientError as exc:
        return {"url": url, "error": str(exc)}
    head = text[:100_000]
    lower = head.lower()
    start, end = lower.find("<title>"), lower.find("</title>")
    title = head[start + 7:end].strip() if 0 <= start < end else None
    return {"url": url, "status": resp.status, "title": title, "excerpt": text[:200]}


async def chat(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    session: aiohttp.ClientSession = request.app["http"]
    async for msg in ws:
        if msg.type != WSMsgType.TEXT:
            continue
        message = json.loads(msg.data)
        text = str(message.get("text", ""))
        cards = [await unfurl(session, u) for u in URL_RE.findall(text)[:3]]
        await ws.send_json({"text": text, "cards": cards})
    return ws


async def http_ctx(app: web.Application):
    app["http"] = aiohttp.ClientSession()
    yield
    await app["http"].close()


app = web.Application()
app.cleanup_ctx.append(http_ctx)
app.router.add_get("/ws/chat", chat)
