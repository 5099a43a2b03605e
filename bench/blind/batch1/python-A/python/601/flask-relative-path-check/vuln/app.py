from flask import Blueprint, Flask, redirect, request, session, url_for

account = Blueprint("account", __name__)


def is_local_path(target: str) -> bool:
    """Only allow redirects to paths on this site."""
    return target.startswith("/")


@account.post("/account/switch-org")
def switch_org():
    org_id = request.form.get("org_id", type=int)
    if org_id is None or org_id not in session.get("org_ids", []):
        return redirect(url_for("account.choose_org"))
    session["active_org"] = org_id
    target = request.form.get("continue", "/")
    if not is_local_path(target):
        target = "/"
    return redirect(target)  # cg-expect: CWE-601


@account.get("/account/orgs")
def choose_org():
    return {"orgs": session.get("org_ids", [])}


def create_app(secret_key: str) -> Flask:
    app = Flask(__name__)
    app.secret_key = secret_key
    app.register_blueprint(account)
    return app
