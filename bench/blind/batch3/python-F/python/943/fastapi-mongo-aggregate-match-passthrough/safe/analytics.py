from motor.motor_asyncio import AsyncIOMotorClient

_db = AsyncIOMotorClient("mongodb://analytics-db:27017")["analytics"]
FILTERABLE = {"type", "source", "country"}


async def event_counts(tenant: str, match: dict) -> dict:
    client_match = {k: v for k, v in match.items() if k in FILTERABLE and isinstance(v, str)}
    pipeline = [
        {"$match": {"tenant": tenant, **client_match}},
        {"$group": {"_id": "$type", "n": {"$sum": 1}}},
    ]
    out = {}
    async for doc in _db.events.aggregate(pipeline):
        out[doc["_id"]] = doc["n"]
    return out
