from flask import Flask, request, session, redirect, abort
from config import ProductionConfig
from users import check_password

app = Flask(__name__)
app.config.from_object(ProductionConfig)

@app.post("/login")
def login():
    user = check_password(request.form["email"], request.form["password"])
    if user is None:
        abort(401)
    session.clear()
    session["uid"] = user.id
    session.permanent = True
    return redirect("/")
