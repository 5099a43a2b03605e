from functools import wraps

from flask import Flask, abort, redirect, render_template, request, session, url_for

from directory import find_employee, password_ok

app = Flask(__name__)
app.config.from_pyfile("settings.cfg")


def require_role(role):
    def deco(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if session.get("role") != role:
                abort(403)
            return view(*args, **kwargs)
        return wrapped
    return deco


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        # the login page pre-selects the portal (employee/manager) in a hidden field
        return render_template("login.html", portal=request.args.get("portal", "employee"))
    employee = find_employee(request.form["email"])
    if employee is None or not password_ok(employee, request.form["password"]):
        return render_template("login.html", error="Invalid login"), 401
    session.clear()
    session["employee_id"] = employee["id"]
    session["role"] = employee["role"]
    return redirect(url_for("payroll") if session["role"] == "manager" else url_for("home"))


@app.get("/")
def home():
    return render_template("home.html")


@app.get("/manager/payroll")
@require_role("manager")
def payroll():
    return render_template("payroll.html")
