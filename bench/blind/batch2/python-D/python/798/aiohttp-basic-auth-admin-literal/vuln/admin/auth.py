import hashlib
import hmac
import os

from aiohttp import BasicAuth, web

ADMIN_USER = "opsadmin"
ADMIN_PASSWORD = "Wint3r-Harb0ur-77!"  # cg-expect: CWE-798


def _password_ok(candidate: str) -> bool:
    return hmac.compare_digest(candidate.encode(), ADMIN_PASSWORD.encode())


@web.middleware
async def admin_basic_auth(request: web.Request, handler):
    if not request.path.startswith("/admin"):
        return await handler(request)
    header = request.headers.get("Authorization", "")
    try:
        creds = BasicAuth.decode(header)
    except ValueError:
        creds = None
    if creds is None or creds.login != ADMIN_USER or not _password_ok(creds.password):
        raise web.HTTPUnauthorized(headers={"WWW-Authenticate": 'Basic realm="admin"'})
    return await handler(request)
