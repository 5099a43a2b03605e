from datetime import datetime, timezone

from .mongo import _db


def open_ticket(owner: str, title: str, priority: str = "normal") -> None:
    _db.tickets.insert_one({
        "owner": owner,
        "title": title[:200],
        "priority": priority,
        "status": "open",
        "created": datetime.now(timezone.utc),
    })
