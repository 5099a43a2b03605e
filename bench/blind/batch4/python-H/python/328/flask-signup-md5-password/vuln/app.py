import sqlite3

from flask import Flask, request, redirect, g

from passwords import hash_password

app = Flask(__name__)


def db():
    if "db" not in g:
        g.db = sqlite3.connect("/srv/app/users.db")
    return g.db


@app.post("/signup")
def signup():
    email = request.form["email"].strip().lower()
    pw = request.form["password"]
    if len(pw) < 10:
        return "password too short", 400
    db().execute("INSERT INTO users (email, pw_hash) VALUES (?, ?)", (email, hash_password(pw)))
    db().commit()
    return redirect("/login")
