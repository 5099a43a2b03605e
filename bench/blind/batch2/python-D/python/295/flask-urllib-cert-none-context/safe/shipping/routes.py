from flask import Blueprint, jsonify, request
from flask_login import login_required

from .carrier import create_label

bp = Blueprint("shipping", __name__)


@bp.post("/shipments/label")
@login_required
def label():
    data = request.get_json(force=True)
    shipment = {
        "to": data["address"],
        "weight_grams": int(data["weight_grams"]),
        "service": data.get("service", "standard"),
    }
    return jsonify(create_label(shipment))
