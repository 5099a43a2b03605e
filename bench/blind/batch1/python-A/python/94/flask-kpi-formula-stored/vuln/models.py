from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Metric(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    team_id = db.Column(db.Integer, index=True, nullable=False)
    name = db.Column(db.String(80), nullable=False)
    # e.g. "revenue / max(orders, 1)" - entered by team members in the dashboard editor
    formula = db.Column(db.Text, nullable=False)


class Sample(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    team_id = db.Column(db.Integer, index=True, nullable=False)
    key = db.Column(db.String(80), nullable=False)
    value = db.Column(db.Float, nullable=False)
