import hashlib

from flask_login import UserMixin
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class User(UserMixin, db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(254), unique=True, nullable=False)
    avatar = db.Column(db.LargeBinary)
    avatar_etag = db.Column(db.String(64))

    def set_avatar(self, data: bytes) -> None:
        self.avatar = data
        self.avatar_etag = hashlib.sha256(data).hexdigest()
        db.session.commit()
