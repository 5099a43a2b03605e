import secrets
import time

_TICKETS: dict[str, dict] = {}


async def issue_ticket(user: dict, service: str) -> str:
    ticket = "ST-" + secrets.token_urlsafe(24)
    _TICKETS[ticket] = {"user": user["id"], "service": service, "expires": time.time() + 60}
    return ticket


async def validate_ticket(ticket: str, service: str) -> dict | None:
    data = _TICKETS.pop(ticket, None)
    if data is None or data["service"] != service or data["expires"] < time.time():
        return None
    return data
