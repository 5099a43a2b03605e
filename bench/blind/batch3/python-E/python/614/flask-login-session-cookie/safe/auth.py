import secrets

SESSIONS = {}

def check_credentials(username, password):
    from users import verify
    return verify(username, password)

def new_session(user):
    token = secrets.token_urlsafe(32)
    SESSIONS[token] = user.id
    return token
