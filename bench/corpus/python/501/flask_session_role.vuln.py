from flask import Flask, request, session

app = Flask(__name__)


@app.route("/preferences", methods=["POST"])
def save_preferences():
    theme = "dark" if request.form.get("theme") == "dark" else "light"
    session["theme"] = theme
    role = request.form.get("role")
    session["role"] = role  # cg-expect: CWE-501
    return {"saved": True}
