from datetime import datetime, timezone

from pymongo import ReturnDocument


async def claim_invite(db, code, user_id: int):
    if not isinstance(code, str) or len(code) != 12:
        return None
    now = datetime.now(timezone.utc)
    return await db.invites.find_one_and_update(
        {"code": code, "used": False, "expires": {"$gt": now}},
        {"$set": {"used": True, "used_by": user_id, "used_at": now}},
        projection={"_id": 0, "team": 1},
        return_document=ReturnDocument.AFTER,
    )
