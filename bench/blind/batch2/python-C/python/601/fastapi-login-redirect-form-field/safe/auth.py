import bcrypt

USERS = {}


async def authenticate(username: str, password: str):
    user = USERS.get(username)
    if user and bcrypt.checkpw(password.encode(), user["pw"]):
        return user
    return None
