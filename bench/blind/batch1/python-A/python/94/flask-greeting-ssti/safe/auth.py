from flask import redirect, request, session, url_for
from werkzeug.security import check_password_hash

from app import app
from store import find_account, unread_count


@app.post("/login")
def login():
    account = find_account(request.form.get("email", ""))
    if account is None or not check_password_hash(account.password_hash, request.form.get("password", "")):
        return redirect(url_for("welcome", error="1"))
    session.clear()
    session["account_id"] = account.id
    session["display_name"] = account.display_name
    session["unread"] = unread_count(account.id)
    return redirect(url_for("welcome"))


@app.post("/logout")
def logout():
    session.clear()
    return redirect(url_for("welcome"))
