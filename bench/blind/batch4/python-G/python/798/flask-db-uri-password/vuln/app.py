from flask import Flask, jsonify
from flask_sqlalchemy import SQLAlchemy
from config import ProductionConfig

db = SQLAlchemy()


def create_app():
    app = Flask(__name__)
    app.config.from_object(ProductionConfig)
    db.init_app(app)

    @app.get("/invoices/<int:inv_id>")
    def invoice(inv_id):
        row = db.session.execute(
            db.text("SELECT id, total FROM invoices WHERE id = :id"), {"id": inv_id}
        ).first()
        return jsonify(id=row.id, total=str(row.total)) if row else ("", 404)

    return app
