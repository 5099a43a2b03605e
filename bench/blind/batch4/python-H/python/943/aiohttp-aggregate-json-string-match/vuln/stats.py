import json


async def user_activity(db, username: str) -> list[dict]:
    match = json.loads('{"user": "%s", "deleted": false}' % username)
    pipeline = [{"$match": match}, {"$group": {"_id": "$action", "n": {"$sum": 1}}}]
    return await db.events.aggregate(pipeline).to_list(length=50)  # cg-expect: CWE-943
