import hashlib
import hmac
import os

from aiohttp import BasicAuth, web

ADMIN_USER = os.environ.get("ADMIN_USER", "opsadmin")
ADMIN_PASSWORD_SALT = bytes.fromhex(os.environ["ADMIN_PASSWORD_SALT"])
ADMIN_PASSWORD_HASH = bytes.fromhex(os.environ["ADMIN_PASSWORD_SCRYPT"])


def _password_ok(candidate: str) -> bool:
    digest = hashlib.scrypt(candidate.encode(), salt=ADMIN_PASSWORD_SALT, n=2**14, r=8, p=1)
    return hmac.compare_digest(digest, ADMIN_PASSWORD_HASH)


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
