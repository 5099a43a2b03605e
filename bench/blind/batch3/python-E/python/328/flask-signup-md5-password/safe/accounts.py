import hashlib
import os
import sqlite3

def _hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return salt.hex() + "$" + digest.hex()

def create_account(email: str, password: str) -> None:
    with sqlite3.connect("/var/lib/app/users.db") as conn:
        conn.execute("INSERT INTO users (email, pw_hash) VALUES (?, ?)", (email, _hash_password(password)))
