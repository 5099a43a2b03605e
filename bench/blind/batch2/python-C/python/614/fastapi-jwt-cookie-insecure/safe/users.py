import bcrypt

_USERS = {}


async def check_login(email: str, password: str):
    user = _USERS.get(email.lower())
    if user and bcrypt.checkpw(password.encode(), user["pw"]):
        return user
    return None
