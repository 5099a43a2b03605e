import datetime as dt
import os
import hashlib

from pymongo import MongoClient

_db = MongoClient(os.environ.get("MONGO_URL", "mongodb://localhost:27017"))["portal"]


def _hash(password: str) -> tuple[str, str]:
    salt = os.urandom(16).hex()
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), 300_000).hex()
    return salt, digest


def reset_password(token, new_password: str) -> bool:
    if not isinstance(token, str) or len(token) != 64:
        return False
    now = dt.datetime.now(dt.timezone.utc)
    user = _db.users.find_one({"reset_token": token, "reset_expires": {"$gt": now}})
    if user is None:
        return False
    salt, digest = _hash(new_password)
    _db.users.update_one(
        {"_id": user["_id"]},
        {"$set": {"salt": salt, "password_hash": digest}, "$unset": {"reset_token": "", "reset_expires": ""}},
    )
    return True
