import hashlib
import sqlite3

from werkzeug.security import generate_password_hash


def _db():
    return sqlite3.connect("app.db")


def hash_password(password: str) -> str:
    return generate_password_hash(password, method="scrypt")


def create_user(email: str, password: str) -> None:
    with _db() as conn:
        conn.execute(
            "INSERT INTO users (email, password_hash) VALUES (?, ?)",
            (email, hash_password(password)),
        )
