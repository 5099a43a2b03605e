from werkzeug.security import check_password_hash

USERS = {
    "alice": {"id": 1, "role": "admin", "pw": "scrypt:32768:8:1$placeholder$00"},
    "bob": {"id": 2, "role": "member", "pw": "scrypt:32768:8:1$placeholder$00"},
}


def authenticate(username: str, password: str):
    user = USERS.get(username)
    if user and check_password_hash(user["pw"], password):
        return user
    return None
