import hashlib
import sqlite3

from werkzeug.security import check_password_hash, generate_password_hash

DB = "app.db"


def _conn():
    conn = sqlite3.connect(DB)
    conn.row_factory = sqlite3.Row
    return conn


def _hash_password(password: str) -> str:
    return generate_password_hash(password, method="scrypt")


def avatar_url(email: str) -> str:
    digest = hashlib.md5(email.encode("utf-8")).hexdigest()
    return f"https://www.gravatar.com/avatar/{digest}?d=identicon"


def find_by_email(email: str):
    with _conn() as c:
        return c.execute("SELECT id, email, pw_hash FROM users WHERE email = ?", (email,)).fetchone()


def create(email: str, password: str) -> int:
    with _conn() as c:
        cur = c.execute("INSERT INTO users (email, pw_hash) VALUES (?, ?)",
                        (email, _hash_password(password)))
        return cur.lastrowid


def authenticate(email: str, password: str):
    row = find_by_email(email.strip().lower())
    if row is None:
        return None
    if not check_password_hash(row["pw_hash"], password):
        return None
    return dict(row)
