import hashlib
import os
import sqlite3

def _hash_password(password: str) -> str:
    return hashlib.md5(password.encode()).hexdigest()  # cg-expect: CWE-328

def create_account(email: str, password: str) -> None:
    with sqlite3.connect("/var/lib/app/users.db") as conn:
        conn.execute("INSERT INTO users (email, pw_hash) VALUES (?, ?)", (email, _hash_password(password)))
