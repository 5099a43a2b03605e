from urllib.parse import urlencode, urlsplit

from aiohttp import web

from tickets import issue_ticket

TRUSTED_DOMAIN = "example.org"


def allowed_service(url: str) -> bool:
    netloc = urlsplit(url).netloc.lower()
    return TRUSTED_DOMAIN in netloc


async def sso_login(request: web.Request) -> web.Response:
    service = request.query.get("service", "")
    if not allowed_service(service):
        raise web.HTTPBadRequest(text="unknown service")
    user = request.get("user")
    if user is None:
        raise web.HTTPFound("/login?" + urlencode({"service": service}))
    ticket = await issue_ticket(user, service)
    sep = "&" if "?" in service else "?"
    raise web.HTTPFound(f"{service}{sep}ticket={ticket}")  # cg-expect: CWE-601


app = web.Application()
app.router.add_get("/cas/login", sso_login)
