import hashlib
import hmac
import os

from flask import Flask, redirect, render_template, request, session, url_for
from lxml import etree

app = Flask(__name__)
app.secret_key = os.environ["KIOSK_SECRET"]
OPERATORS_XML = os.environ.get("OPERATORS_XML", "/etc/kiosk/operators.xml")
PIN_PEPPER = os.environ["KIOSK_PIN_PEPPER"].encode()


def load_operators():
    return etree.parse(OPERATORS_XML, etree.XMLParser(resolve_entities=False))


def check_operator(badge: str, pin: str) -> str | None:
    pin_digest = hmac.new(PIN_PEPPER, pin.encode(), hashlib.sha256).hexdigest()
    root = load_operators().getroot()
    query = "/operators/operator[badge/text()='" + badge + "' and pinHmac/text()='" + pin_digest + "']/name/text()"
    names = root.xpath(query)  # cg-expect: CWE-643
    return str(names[0]) if names else None


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        name = check_operator(request.form.get("badge", ""), request.form.get("pin", ""))
        if name:
            session["operator"] = name
            return redirect(url_for("console"))
        return render_template("login.html", error="Unknown badge or wrong PIN"), 401
    return render_template("login.html")


@app.get("/console")
def console():
    if "operator" not in session:
        return redirect(url_for("login"))
    return render_template("console.html", operator=session["operator"])
