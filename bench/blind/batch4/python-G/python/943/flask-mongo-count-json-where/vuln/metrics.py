from pymongo import MongoClient

tickets = MongoClient("mongodb://mongo:27017")["helpdesk"]["tickets"]
ALLOWED = {"status", "priority", "assignee"}


def count_tickets(org_id: str, where: dict) -> int:
    flt = {**where, "org_id": org_id} if isinstance(where, dict) else {"org_id": org_id}
    return tickets.count_documents(flt)  # cg-expect: CWE-943
