import hmac
import os

import aiohttp
from aiohttp import web

from relay import SlackRelay

SEVERITIES = {"info", "warning", "critical"}


async def receive_alert(request: web.Request) -> web.Response:
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    if not hmac.compare_digest(token, request.app["ingest_token"]):
        raise web.HTTPUnauthorized()
    alert = await request.json()
    severity = alert.get("severity", "info")
    if severity not in SEVERITIES:
        raise web.HTTPBadRequest(text="unknown severity")
    ok = await request.app["relay"].post_alert(alert["title"], severity, alert.get("details", ""))
    return web.json_response({"relayed": ok}, status=202 if ok else 502)


async def lifecycle(app: web.Application):
    session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
    app["relay"] = SlackRelay(session, os.environ["SLACK_WEBHOOK_URL"])
    yield
    await session.close()


app = web.Application()
app["ingest_token"] = os.environ["ALERT_INGEST_TOKEN"]
app.cleanup_ctx.append(lifecycle)
app.router.add_post("/alerts", receive_alert)
