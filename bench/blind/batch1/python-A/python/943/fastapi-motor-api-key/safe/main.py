import os
from typing import Any

from fastapi import Body, FastAPI, HTTPException
from motor.motor_asyncio import AsyncIOMotorClient

app = FastAPI()
db = AsyncIOMotorClient(os.environ["MONGO_URI"])["billing"]


async def find_integration(key: Any):
    if not isinstance(key, str) or not key:
        return None
    return await db.integrations.find_one({"api_key": key, "revoked": False})


@app.post("/v1/usage")
async def report_usage(payload: dict[str, Any] = Body(...)):
    integration = await find_integration(payload.get("api_key"))
    if integration is None:
        raise HTTPException(401, "unknown api key")
    units = int(payload.get("units", 0))
    await db.usage.insert_one({"integration_id": integration["_id"], "units": units})
    return {"integration": integration["name"], "recorded": units}
