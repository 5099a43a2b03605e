import sqlite3
from dataclasses import dataclass

from werkzeug.security import check_password_hash


@dataclass
class User:
    id: int
    email: str


def verify_credentials(email: str, password: str):
    with sqlite3.connect("app.db") as conn:
        row = conn.execute("SELECT id, email, pw FROM users WHERE email = ?", (email.lower(),)).fetchone()
    if row and check_password_hash(row[2], password):
        return User(id=row[0], email=row[1])
    return None
