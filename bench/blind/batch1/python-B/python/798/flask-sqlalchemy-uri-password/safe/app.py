import os

from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy

from config import ProductionConfig, TestConfig

db = SQLAlchemy()


class Contact(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    company = db.Column(db.String(120))
    email = db.Column(db.String(200), index=True)


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_object(TestConfig if os.environ.get("TESTING") else ProductionConfig)
    db.init_app(app)

    @app.get("/contacts")
    def list_contacts():
        q = request.args.get("company")
        query = Contact.query
        if q:
            query = query.filter(Contact.company == q)
        return jsonify([{"id": c.id, "name": c.name, "email": c.email} for c in query.limit(100)])

    return app
