from flask import Flask, jsonify, request
from flask_login import current_user, login_required

from models import Endpoint, Order, db
from notifier import deliver

app = Flask(__name__)


@app.post("/orders/<int:order_id>/ship")
@login_required
def ship(order_id: int):
    order = Order.query.filter_by(id=order_id, merchant_id=current_user.merchant_id).first_or_404()
    order.status = "shipped"
    order.tracking = request.json.get("tracking")
    db.session.commit()
    failures = 0
    for ep in Endpoint.query.filter_by(merchant_id=order.merchant_id, active=True):
        if not deliver(ep.url, ep.secret, {"type": "order.shipped", "order": order.id,
                                           "tracking": order.tracking}):
            failures += 1
    return jsonify(status=order.status, webhook_failures=failures)
