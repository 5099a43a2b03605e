import secrets

_CLIENTS = {
    "dashboard": {"redirect_uris": ["https://dashboard.example.com/callback"]},
    "mobile": {"redirect_uris": ["com.example.app:/oauth2redirect"]},
}
_CODES: dict[str, str] = {}


async def get_client(client_id: str):
    return _CLIENTS.get(client_id)


async def issue_code(client_id: str) -> str:
    code = secrets.token_urlsafe(24)
    _CODES[code] = client_id
    return code
