import secrets
import time


def new_session_id(user_id):
    seed = f"{user_id}-{time.time()}-{secrets.token_hex(16)}"
    return seed.replace(".", "")


def login(request, user):
    request.response.set_cookie("sid", new_session_id(user.id), secure=True, httponly=True)
