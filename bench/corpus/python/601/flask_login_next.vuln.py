from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    if request.form.get("password") != session.get("expected"):
        return "invalid", 401
    target = request.args.get("next", "/")
    return redirect(target)  # cg-expect: CWE-601
