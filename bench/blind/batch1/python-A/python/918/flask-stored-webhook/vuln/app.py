import secrets

from flask import Flask, abort, jsonify, request
from flask_login import current_user, login_required

from models import Webhook, db
from webhooks import deliver

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql+psycopg://ci@db/ci"
db.init_app(app)


@app.post("/projects/<int:project_id>/webhooks")
@login_required
def add_webhook(project_id: int):
    if not current_user.can_admin(project_id):
        abort(403)
    url = (request.get_json(force=True) or {}).get("url", "")
    hook = Webhook(project_id=project_id, url=url, secret=secrets.token_hex(32))
    db.session.add(hook)
    db.session.commit()
    return jsonify({"id": hook.id, "secret": hook.secret}), 201


@app.post("/projects/<int:project_id>/webhooks/test")
@login_required
def test_webhooks(project_id: int):
    if not current_user.can_admin(project_id):
        abort(403)
    deliver("ping", {"project": project_id}, project_id)
    hooks = Webhook.query.filter_by(project_id=project_id).all()
    return jsonify([{"url": h.url, "status": h.last_status, "response": h.last_response} for h in hooks])
