import hashlib
import hmac
import secrets
import time

from aiohttp import web
from aiohttp_session import get_session


async def issue_csrf_token(request: web.Request) -> str:
    session = await get_session(request)
    uid = session.get("uid", 0)
    token = hashlib.sha256(f"{uid}:{time.time()}".encode()).hexdigest()  # cg-expect: CWE-330
    session["csrf"] = token
    return token


@web.middleware
async def csrf_protect(request: web.Request, handler):
    if request.method in ("POST", "PUT", "DELETE"):
        session = await get_session(request)
        expected = session.get("csrf", "")
        form = await request.post()
        sent = request.headers.get("X-CSRF-Token") or form.get("csrf_token", "")
        if not expected or not hmac.compare_digest(expected, str(sent)):
            raise web.HTTPForbidden(text="csrf check failed")
    return await handler(request)
