from pymongo import MongoClient

_db = MongoClient("mongodb://mongo:27017").helpdesk

SEARCHABLE = {"status", "priority", "assignee"}


def find_tickets(owner: str, criteria: dict):
    query = {"owner": owner, **criteria}
    cursor = _db.tickets.find(query, {"_id": 0}).limit(100)  # cg-expect: CWE-943
    return list(cursor)
