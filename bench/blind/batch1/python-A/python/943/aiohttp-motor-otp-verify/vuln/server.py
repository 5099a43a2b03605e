import os
import secrets

from aiohttp import web
from motor.motor_asyncio import AsyncIOMotorClient

from auth import OtpVerifier


async def verify_otp(request: web.Request) -> web.Response:
    data = await request.json()
    phone = data.get("phone")
    code = data.get("code")
    if phone is None or code is None:
        raise web.HTTPBadRequest(text="phone and code are required")
    verifier: OtpVerifier = request.app["otp"]
    if not await verifier.verify(phone, code):
        raise web.HTTPUnauthorized(text="invalid code")
    token = secrets.token_urlsafe(32)
    await request.app["db"].sessions.insert_one({"token": token, "phone": phone})
    return web.json_response({"session": token})


def create_app() -> web.Application:
    app = web.Application()
    app["db"] = AsyncIOMotorClient(os.environ["MONGO_URI"])["auth"]
    app["otp"] = OtpVerifier(app["db"])
    app.router.add_post("/otp/verify", verify_otp)
    return app
