from datetime import datetime, timezone

from pymongo import MongoClient

client = MongoClient("mongodb://mongo:27017")
db = client["hooks"]


def find_integration(api_key):
    if not isinstance(api_key, str) or not api_key:
        return None
    return db.integrations.find_one({"api_key": api_key, "disabled": False})


def enqueue_event(integration_id, events):
    now = datetime.now(timezone.utc)
    docs = [{"integration": integration_id, "body": e, "received": now} for e in events]
    if docs:
        db.events.insert_many(docs)
    return len(docs)
