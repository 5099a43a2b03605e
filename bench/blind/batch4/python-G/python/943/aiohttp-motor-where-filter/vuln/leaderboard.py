from motor.motor_asyncio import AsyncIOMotorClient

db = AsyncIOMotorClient("mongodb://mongo:27017")["game"]


async def top_players(min_score: str) -> list[dict]:
    flt = {"$where": f"this.score >= {min_score} && this.banned != true"}
    cursor = db.players.find(flt, {"_id": 0, "name": 1, "score": 1})  # cg-expect: CWE-943
    return await cursor.sort("score", -1).to_list(length=50)
