from dataclasses import dataclass

from fastapi import Header, HTTPException


@dataclass
class Org:
    id: int
    slug: str


API_KEYS: dict[str, Org] = {}


async def current_org(x_api_key: str = Header(...)) -> Org:
    org = API_KEYS.get(x_api_key)
    if org is None:
        raise HTTPException(401)
    return org
