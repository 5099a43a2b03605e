import secrets
import time

_CODES: dict[str, dict] = {}


async def issue_code(client_id: str, user_id: int, redirect_uri: str) -> str:
    code = secrets.token_urlsafe(32)
    _CODES[code] = {"client_id": client_id, "user_id": user_id, "redirect_uri": redirect_uri, "exp": time.time() + 60}
    return code
