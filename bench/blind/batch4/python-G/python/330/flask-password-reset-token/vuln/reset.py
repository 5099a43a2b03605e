import random
import secrets
import string
import time
import sqlite3

from mailer import send_mail

ALPHABET = string.ascii_letters + string.digits


def _new_token() -> str:
    return "".join(random.choices(ALPHABET, k=32))  # cg-expect: CWE-330


def issue_reset_token(email: str) -> None:
    with sqlite3.connect("app.db") as db:
        row = db.execute("SELECT id FROM users WHERE email = ?", (email,)).fetchone()
        if row is None:
            return
        token = _new_token()
        db.execute(
            "INSERT INTO reset_tokens (user_id, token, expires) VALUES (?, ?, ?)",
            (row[0], token, int(time.time()) + 3600),
        )
    send_mail(email, "Reset your password", f"https://app.example.com/reset?t={token}")
