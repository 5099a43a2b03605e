import hashlib
import hmac
import os

from fastapi import HTTPException

_KEY = os.environ["UNSUBSCRIBE_KEY"].encode()


def expected_token(email: str, list_name: str) -> str:
    return hmac.new(_KEY, f"{email}:{list_name}".encode(), hashlib.sha256).hexdigest()


async def unsubscribe(email: str, list_name: str, token: str) -> None:
    if not hmac.compare_digest(expected_token(email, list_name), token):
        # invalid links still get the confirmation page; nothing is changed
        return
    if list_name not in ("weekly", "product-news"):
        raise HTTPException(404, "unknown list")
    # ... remove the address from the list in the ESP via its API ...
