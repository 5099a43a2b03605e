import hashlib
import sqlite3

from werkzeug.security import generate_password_hash


def _db():
    return sqlite3.connect("app.db")


def hash_password(password: str) -> str:
    return hashlib.md5(password.encode("utf-8")).hexdigest()  # cg-expect: CWE-328


def create_user(email: str, password: str) -> None:
    with _db() as conn:
        conn.execute(
            "INSERT INTO users (email, password_hash) VALUES (?, ?)",
            (email, hash_password(password)),
        )
