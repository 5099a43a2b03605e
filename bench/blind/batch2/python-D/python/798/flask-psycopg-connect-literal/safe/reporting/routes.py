from flask import Blueprint, jsonify
from flask_login import login_required

from .db import close_conn, get_conn

bp = Blueprint("reporting", __name__, url_prefix="/reports")
bp.teardown_app_request(close_conn)


@bp.get("/revenue/monthly")
@login_required
def monthly_revenue():
    with get_conn().cursor() as cur:
        cur.execute(
            "SELECT date_trunc('month', paid_at) AS month, sum(amount_cents) AS total "
            "FROM payments GROUP BY 1 ORDER BY 1 DESC LIMIT 12"
        )
        rows = cur.fetchall()
    return jsonify([{"month": r["month"].isoformat(), "total": r["total"]} for r in rows])
