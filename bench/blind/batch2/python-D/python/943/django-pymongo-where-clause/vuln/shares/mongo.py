from django.conf import settings
from pymongo import MongoClient

_client = MongoClient(settings.MONGO_URI)
documents = _client[settings.MONGO_DB]["documents"]


def shared_with(owner_username: str, viewer_id: int) -> list[dict]:
    cursor = documents.find(  # cg-expect: CWE-943
        {
            "$where": f"this.owner == '{owner_username}' && this.shared_with.indexOf({viewer_id}) >= 0",
        },
        {"_id": 0, "title": 1, "updated": 1},
    )
    return list(cursor.limit(100))
