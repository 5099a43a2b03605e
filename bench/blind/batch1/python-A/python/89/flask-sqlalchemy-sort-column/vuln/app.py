from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql+psycopg://tickets@db/tickets"
db = SQLAlchemy(app)


class Ticket(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(200))
    priority = db.Column(db.Integer)
    status = db.Column(db.String(20))
    created_at = db.Column(db.DateTime)


def ordering(sort: str, direction: str):
    direction = "DESC" if direction.lower() == "desc" else "ASC"
    return text(f"{sort} {direction}")


@app.get("/tickets")
def list_tickets():
    sort = request.args.get("sort", "created_at")
    direction = request.args.get("dir", "desc")
    status = request.args.get("status", "open")
    query = (db.select(Ticket)
             .where(Ticket.status == status)
             .order_by(ordering(sort, direction))
             .limit(50))
    rows = db.session.execute(query).scalars().all()  # cg-expect: CWE-89
    return jsonify([{"id": t.id, "title": t.title, "priority": t.priority} for t in rows])
