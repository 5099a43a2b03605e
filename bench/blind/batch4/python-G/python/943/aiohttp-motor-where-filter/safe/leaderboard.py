from motor.motor_asyncio import AsyncIOMotorClient

db = AsyncIOMotorClient("mongodb://mongo:27017")["game"]


async def top_players(min_score: str) -> list[dict]:
    try:
        threshold = int(min_score)
    except ValueError:
        threshold = 0
    flt = {"score": {"$gte": threshold}, "banned": {"$ne": True}}
    cursor = db.players.find(flt, {"_id": 0, "name": 1, "score": 1})
    return await cursor.sort("score", -1).to_list(length=50)
