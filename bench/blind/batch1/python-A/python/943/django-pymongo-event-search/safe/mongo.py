from functools import lru_cache

from django.conf import settings
from pymongo import MongoClient


@lru_cache(maxsize=1)
def _client() -> MongoClient:
    return MongoClient(settings.EVENTS_MONGO_URI, tz_aware=True)


def events_collection():
    return _client()[settings.EVENTS_MONGO_DB]["events"]
