import secrets
import string

ALPHABET = string.ascii_letters + string.digits


def make_reset_token(length=32):
    chars = [secrets.choice(ALPHABET) for _ in range(length)]
    return "".join(chars)


def start_password_reset(user, mailer):
    token = make_reset_token()
    user.reset_token = token
    mailer.send(user.email, f"Your reset code: {token}")
