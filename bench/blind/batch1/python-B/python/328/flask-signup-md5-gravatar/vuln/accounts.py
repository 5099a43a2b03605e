import hashlib
import hmac
import sqlite3

DB = "app.db"


def _conn():
    conn = sqlite3.connect(DB)
    conn.row_factory = sqlite3.Row
    return conn


def _hash_password(password: str) -> str:
    return hashlib.md5(password.encode("utf-8")).hexdigest()  # cg-expect: CWE-328


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
    if not hmac.compare_digest(row["pw_hash"], _hash_password(password)):
        return None
    return dict(row)
