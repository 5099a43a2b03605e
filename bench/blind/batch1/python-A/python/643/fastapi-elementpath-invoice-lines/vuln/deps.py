from dataclasses import dataclass

from fastapi import Cookie, HTTPException


@dataclass
class Customer:
    id: int
    name: str


SESSIONS: dict[str, Customer] = {}


async def current_customer(sid: str | None = Cookie(default=None)) -> Customer:
    customer = SESSIONS.get(sid or "")
    if customer is None:
        raise HTTPException(401, "login required")
    return customer
