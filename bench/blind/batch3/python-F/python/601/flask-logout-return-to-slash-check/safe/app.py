from flask import Flask, redirect, request, session

from urls import safe_target

app = Flask(__name__)


@app.get("/logout")
def logout():
    session.clear()
    target = safe_target(request.args.get("return_to", "/"))
    return redirect(target)
