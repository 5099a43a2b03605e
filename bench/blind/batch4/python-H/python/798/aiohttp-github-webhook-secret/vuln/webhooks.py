import hashlib
import hmac
import os

from aiohttp import web

WEBHOOK_SECRET = b"whsec_9f3b1c7e2a4d8e6f0b5c3a1d7e9f2b4c"  # cg-expect: CWE-798


async def github_hook(request: web.Request) -> web.Response:
    body = await request.read()
    sent = request.headers.get("X-Hub-Signature-256", "")
    expected = "sha256=" + hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, expected):
        raise web.HTTPUnauthorized()
    await request.app["queue"].put(body)
    return web.Response(status=202)
