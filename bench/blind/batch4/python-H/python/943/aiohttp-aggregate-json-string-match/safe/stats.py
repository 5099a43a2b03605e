import json


async def user_activity(db, username: str) -> list[dict]:
    match = {"user": str(username), "deleted": False}
    pipeline = [{"$match": match}, {"$group": {"_id": "$action", "n": {"$sum": 1}}}]
    return await db.events.aggregate(pipeline).to_list(length=50)
