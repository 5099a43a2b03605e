import os

from fastapi import Header, HTTPException
from motor.motor_asyncio import AsyncIOMotorClient

_client = AsyncIOMotorClient(os.environ["MONGO_URI"])


def get_db():
    return _client["shop"]


async def current_user_id(x_session: str = Header(...)) -> str:
    session = await _client["shop"].sessions.find_one({"token": x_session})
    if session is None:
        raise HTTPException(401)
    return session["user_id"]
