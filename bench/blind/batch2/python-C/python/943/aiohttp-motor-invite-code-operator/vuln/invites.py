from datetime import datetime, timezone

from pymongo import ReturnDocument


async def claim_invite(db, code, user_id: int):
    now = datetime.now(timezone.utc)
    return await db.invites.find_one_and_update(  # cg-expect: CWE-943
        {"code": code, "used": False, "expires": {"$gt": now}},
        {"$set": {"used": True, "used_by": user_id, "used_at": now}},
        projection={"_id": 0, "team": 1},
        return_document=ReturnDocument.AFTER,
    )
