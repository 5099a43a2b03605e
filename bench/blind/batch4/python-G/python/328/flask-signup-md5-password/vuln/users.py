import hashlib
import sqlite3
from werkzeug.security import generate_password_hash

DB = "app.db"


def hash_password(password: str) -> str:
    return hashlib.md5(password.encode("utf-8")).hexdigest()  # cg-expect: CWE-328


def create_user(email: str, password: str) -> None:
    with sqlite3.connect(DB) as conn:
        conn.execute(
            "INSERT INTO users (email, password_hash) VALUES (?, ?)",
            (email, hash_password(password)),
        )
