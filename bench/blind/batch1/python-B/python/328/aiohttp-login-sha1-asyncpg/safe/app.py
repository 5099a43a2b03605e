import asyncpg
from aiohttp import web
from aiohttp_session import get_session, setup as setup_session
from aiohttp_session.cookie_storage import EncryptedCookieStorage

from auth import PasswordAuthenticator
from settings import DATABASE_DSN, SESSION_KEY


async def login(request: web.Request) -> web.Response:
    form = await request.post()
    authn: PasswordAuthenticator = request.app["authn"]
    operator_id = await authn.check(form.get("username", ""), form.get("password", ""))
    if operator_id is None:
        raise web.HTTPUnauthorized(text="invalid login")
    session = await get_session(request)
    session["operator_id"] = operator_id
    raise web.HTTPFound("/console")


async def register(request: web.Request) -> web.Response:
    data = await request.json()
    authn: PasswordAuthenticator = request.app["authn"]
    new_id = await authn.register(data["username"], data["password"])
    return web.json_response({"id": new_id}, status=201)


async def on_startup(app: web.Application) -> None:
    app["pool"] = await asyncpg.create_pool(DATABASE_DSN)
    app["authn"] = PasswordAuthenticator(app["pool"])


def make_app() -> web.Application:
    app = web.Application()
    setup_session(app, EncryptedCookieStorage(SESSION_KEY))
    app.on_startup.append(on_startup)
    app.router.add_post("/login", login)
    app.router.add_post("/operators", register)
    return app
