from pymongo import MongoClient

coll = MongoClient("mongodb://mongo:27017")["dms"]["documents"]
FIELDS = {"title", "folder", "status"}


def search_docs(owner: str, user_filter: dict) -> list[dict]:
    query = {"owner": owner}
    query.update(user_filter)
    cursor = coll.find(query, {"_id": 0})  # cg-expect: CWE-943
    return list(cursor.limit(100))
