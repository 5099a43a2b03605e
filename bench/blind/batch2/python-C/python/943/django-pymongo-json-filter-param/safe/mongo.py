from pymongo import MongoClient

_db = MongoClient("mongodb://mongo:27017").helpdesk

SEARCHABLE = {"status", "priority", "assignee"}


def find_tickets(owner: str, criteria: dict):
    if not isinstance(criteria, dict):
        criteria = {}
    query = {"owner": owner}
    for key, value in criteria.items():
        if key in SEARCHABLE and isinstance(value, (str, int)):
            query[key] = value
    cursor = _db.tickets.find(query, {"_id": 0}).limit(100)
    return list(cursor)
