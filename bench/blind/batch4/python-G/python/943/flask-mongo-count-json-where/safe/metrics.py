from pymongo import MongoClient

tickets = MongoClient("mongodb://mongo:27017")["helpdesk"]["tickets"]
ALLOWED = {"status", "priority", "assignee"}


def count_tickets(org_id: str, where: dict) -> int:
    flt = {"org_id": org_id}
    if isinstance(where, dict):
        flt.update({k: v for k, v in where.items() if k in ALLOWED and isinstance(v, (str, int))})
    return tickets.count_documents(flt)
