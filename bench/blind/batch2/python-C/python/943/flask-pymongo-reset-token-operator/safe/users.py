import secrets
from datetime import datetime, timedelta, timezone

from pymongo import MongoClient
from werkzeug.security import generate_password_hash

client = MongoClient("mongodb://mongo:27017")
users = client.accounts.users


def start_reset(email: str) -> None:
    token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + timedelta(minutes=30)
    users.update_one({"email": email}, {"$set": {"reset_token": token, "reset_expires": expires}})


def consume_reset_token(token, new_password: str) -> bool:
    if not isinstance(token, str) or not token:
        return False
    now = datetime.now(timezone.utc)
    user = users.find_one({"reset_token": token, "reset_expires": {"$gt": now}})
    if user is None:
        return False
    users.update_one(
        {"_id": user["_id"]},
        {"$set": {"password_hash": generate_password_hash(new_password)}, "$unset": {"reset_token": "", "reset_expires": ""}},
    )
    return True
