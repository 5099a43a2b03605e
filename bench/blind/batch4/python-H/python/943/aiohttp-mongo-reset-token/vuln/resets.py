import datetime as dt

from argon2 import PasswordHasher

_ph = PasswordHasher()


async def consume_reset(db, token, new_password: str) -> bool:
    query = {"reset_token": token, "reset_expires": {"$gt": dt.datetime.utcnow()}}
    user = await db.users.find_one(query)  # cg-expect: CWE-943
    if user is None:
        return False
    await db.users.update_one(
        {"_id": user["_id"]},
        {"$set": {"password_hash": _ph.hash(new_password)}, "$unset": {"reset_token": "", "reset_expires": ""}},
    )
    return True
