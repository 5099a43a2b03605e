import os

from aiohttp import web
from motor.motor_asyncio import AsyncIOMotorClient

from .handlers import routes


@web.middleware
async def tenant_middleware(request, handler):
    tenant = request.headers.get("X-Tenant")
    if not tenant:
        raise web.HTTPUnauthorized()
    request["tenant_id"] = tenant
    return await handler(request)


def create_app() -> web.Application:
    app = web.Application(middlewares=[tenant_middleware])
    app["mongo"] = AsyncIOMotorClient(os.environ["MONGO_URL"])["inventory"]
    app.add_routes(routes)
    return app
