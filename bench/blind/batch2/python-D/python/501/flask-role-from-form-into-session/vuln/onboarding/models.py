from ..extensions import db


class Membership(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    user_id = db.Column(db.Integer, nullable=False, index=True)
    workspace_id = db.Column(db.Integer, nullable=False)
    role = db.Column(db.String(16), nullable=False, default="member")
