import hashlib
import sqlite3
from werkzeug.security import generate_password_hash

DB = "app.db"


def hash_password(password: str) -> str:
    return generate_password_hash(password, method="scrypt")


def create_user(email: str, password: str) -> None:
    with sqlite3.connect(DB) as conn:
        conn.execute(
            "INSERT INTO users (email, password_hash) VALUES (?, ?)",
            (email, hash_password(password)),
        )
