import hashlib
import hmac
import os

from aiohttp import web

WEBHOOK_SECRET = os.environ["GITHUB_WEBHOOK_SECRET"].encode()


async def github_hook(request: web.Request) -> web.Response:
    body = await request.read()
    sent = request.headers.get("X-Hub-Signature-256", "")
    expected = "sha256=" + hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, expected):
        raise web.HTTPUnauthorized()
    await request.app["queue"].put(body)
    return web.Response(status=202)
