from pymongo import MongoClient

coll = MongoClient("mongodb://mongo:27017")["dms"]["documents"]
FIELDS = {"title", "folder", "status"}


def search_docs(owner: str, user_filter: dict) -> list[dict]:
    query = {"owner": owner}
    for key, value in user_filter.items():
        if key in FIELDS and isinstance(value, str):
            query[key] = value
    cursor = coll.find(query, {"_id": 0})
    return list(cursor.limit(100))
