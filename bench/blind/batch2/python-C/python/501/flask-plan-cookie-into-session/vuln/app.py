from flask import Flask, abort, jsonify, request, session

from billing import current_plan

app = Flask(__name__)
app.config.from_prefixed_env()


@app.before_request
def load_plan():
    if "uid" in session and "plan" not in session:
        session["plan"] = request.cookies.get("plan", "free")  # cg-expect: CWE-501


@app.get("/exports/full")
def full_export():
    if session.get("plan") not in ("pro", "enterprise"):
        abort(402)
    return jsonify(rows=[], note="full export")


@app.get("/pricing")
def pricing():
    return jsonify(plans=["free", "pro", "enterprise"], current=session.get("plan", "free"))
