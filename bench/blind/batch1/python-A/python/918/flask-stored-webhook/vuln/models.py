from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Webhook(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    project_id = db.Column(db.Integer, index=True, nullable=False)
    url = db.Column(db.String(2000), nullable=False)
    secret = db.Column(db.String(64), nullable=False)
    active = db.Column(db.Boolean, default=True)
    last_status = db.Column(db.Integer)
    last_response = db.Column(db.Text)  # shown on the webhook settings page
