from datetime import datetime

from ..extensions import db


class Comment(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    author_name = db.Column(db.String(80), nullable=False)
    body = db.Column(db.Text, nullable=False)
    status = db.Column(db.String(16), default="pending", index=True)
    created = db.Column(db.DateTime, default=datetime.utcnow)
