import bcrypt

_USERS = {"alice@example.com": {"id": 1, "pw": b"$2b$12$C6UzMDM.H6dfI/f/IKcEe.6FNRhn0J6K1uQ8u8c1Vm3dGZr0aB0pW"}}


async def authenticate(username: str, password: str):
    user = _USERS.get(username.lower())
    if user and bcrypt.checkpw(password.encode(), user["pw"]):
        return user["id"]
    return None
