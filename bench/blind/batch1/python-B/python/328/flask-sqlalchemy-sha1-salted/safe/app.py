from flask import Flask, jsonify, request
from flask_login import LoginManager, login_user

from models import Member, db

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql+psycopg://forum@db/forum"
db.init_app(app)
login_manager = LoginManager(app)


@login_manager.user_loader
def load_user(user_id):
    return db.session.get(Member, int(user_id))


@app.post("/members")
def register():
    username = request.form["username"].strip()
    member = Member(username=username)
    member.set_password(request.form["password"])
    db.session.add(member)
    db.session.commit()
    return jsonify(id=member.id), 201


@app.post("/session")
def sign_in():
    member = Member.query.filter_by(username=request.form.get("username", "")).first()
    if member is None or not member.check_password(request.form.get("password", "")):
        return jsonify(error="invalid login"), 401
    login_user(member)
    return jsonify(ok=True)
