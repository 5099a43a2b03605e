from motor.motor_asyncio import AsyncIOMotorClient

db = AsyncIOMotorClient("mongodb://localhost:27017")["club"]

async def members_older_than(min_age: str):
    cursor = db.members.find({"age": {"$gt": int(min_age)}})
    return [{"name": d["name"], "age": d["age"]} async for d in cursor]
