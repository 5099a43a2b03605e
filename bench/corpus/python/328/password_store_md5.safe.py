import hashlib
import os


class PasswordStore:
    def __init__(self, db):
        self.db = db

    def set_password(self, user_id, password):
        salt = os.urandom(16).hex()
        digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), 600_000).hex()
        self.db.execute("UPDATE users SET salt = ?, pw = ? WHERE id = ?", (salt, digest, user_id))
