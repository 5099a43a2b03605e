import hashlib
import hmac
import os

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Member(db.Model):
    __tablename__ = "members"

    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(64), unique=True, nullable=False)
    salt = db.Column(db.LargeBinary(16), nullable=False)
    password_digest = db.Column(db.String(128), nullable=False)

    @staticmethod
    def _digest(salt: bytes, password: str) -> str:
        return hashlib.sha1(salt + password.encode("utf-8")).hexdigest()  # cg-expect: CWE-328

    def set_password(self, password: str) -> None:
        self.salt = os.urandom(16)
        self.password_digest = self._digest(self.salt, password)

    def check_password(self, password: str) -> bool:
        return hmac.compare_digest(self.password_digest, self._digest(self.salt, password))
