from flask import Flask, abort, jsonify, request
from flask_login import current_user, login_required

from kpi import KpiCalculator
from models import Metric, db

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql+psycopg://kpi@db/kpi"
db.init_app(app)


@app.post("/teams/<int:team_id>/metrics")
@login_required
def add_metric(team_id: int):
    if team_id not in current_user.team_ids:
        abort(403)
    body = request.get_json(force=True)
    metric = Metric(team_id=team_id, name=body["name"][:80], formula=body["formula"])
    db.session.add(metric)
    db.session.commit()
    return jsonify({"id": metric.id}), 201


@app.get("/teams/<int:team_id>/dashboard")
@login_required
def dashboard(team_id: int):
    if team_id not in current_user.team_ids:
        abort(403)
    return jsonify(KpiCalculator(team_id).dashboard())
