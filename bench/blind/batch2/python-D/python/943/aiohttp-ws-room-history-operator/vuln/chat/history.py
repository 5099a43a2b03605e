from motor.motor_asyncio import AsyncIOMotorDatabase


async def _is_member(db: AsyncIOMotorDatabase, room: str, user_id: int) -> bool:
    return await db.rooms.count_documents({"_id": room, "members": user_id}, limit=1) > 0


async def recent_messages(db: AsyncIOMotorDatabase, room, user_id: int) -> list[dict]:
    if str(room).startswith("team-") and not await _is_member(db, str(room), user_id):
        return []
    cursor = db.messages.find({"room": room}, {"_id": 0, "author": 1, "text": 1, "ts": 1})  # cg-expect: CWE-943
    cursor.sort("ts", -1).limit(50)
    return await cursor.to_list(length=50)
