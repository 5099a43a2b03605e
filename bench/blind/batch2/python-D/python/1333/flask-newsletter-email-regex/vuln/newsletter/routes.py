from flask import Blueprint, jsonify, request

from ..extensions import db
from .models import Subscriber
from .validation import normalise_email

bp = Blueprint("newsletter", __name__)


@bp.post("/api/newsletter/subscribe")
def subscribe():
    data = request.get_json(silent=True) or {}
    email = normalise_email(str(data.get("email", "")))
    if email is None:
        return jsonify(error="invalid email"), 400
    if Subscriber.query.filter_by(email=email).first() is None:
        db.session.add(Subscriber(email=email, source=str(data.get("source", "web"))[:32]))
        db.session.commit()
    return jsonify(subscribed=True)
