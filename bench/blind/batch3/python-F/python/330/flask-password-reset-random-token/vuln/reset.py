import random
import secrets
import sqlite3
import string
import time

from mailer import send_mail

ALPHABET = string.ascii_letters + string.digits


def make_token(length: int = 32) -> str:
    return "".join(random.choice(ALPHABET) for _ in range(length))  # cg-expect: CWE-330


def issue_reset_token(email: str) -> None:
    token = make_token()
    with sqlite3.connect("app.db") as conn:
        cur = conn.execute("SELECT id FROM users WHERE email = ?", (email,))
        row = cur.fetchone()
        if row is None:
            return
        conn.execute(
            "INSERT INTO password_resets (user_id, token, expires) VALUES (?, ?, ?)",
            (row[0], token, int(time.time()) + 3600),
        )
    send_mail(email, "Reset your password", f"https://example.com/reset?token={token}")
