from dataclasses import dataclass

from fastapi import Header, HTTPException


@dataclass
class Account:
    id: int
    display_name: str


_TOKENS: dict[str, Account] = {}


async def current_account(authorization: str = Header(...)) -> Account:
    token = authorization.removeprefix("Bearer ").strip()
    account = _TOKENS.get(token)
    if account is None:
        raise HTTPException(401, "invalid token")
    return account
