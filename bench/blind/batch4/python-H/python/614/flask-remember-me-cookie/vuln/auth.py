import secrets

from werkzeug.security import check_password_hash

USERS = {"ann@example.org": {"id": 7, "pw": "scrypt:32768:8:1$x$00"}}
REMEMBER: dict[str, int] = {}


def check_credentials(email: str, password: str):
    u = USERS.get(email)
    return u if u and check_password_hash(u["pw"], password) else None


def new_remember_token(user) -> str:
    tok = secrets.token_urlsafe(32)
    REMEMBER[tok] = user["id"]
    return tok
