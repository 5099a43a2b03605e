from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = "d8f7a6c5b4e3d2c1f0a9b8c7d6e5f4a3"  # cg-expect: CWE-798
app.config["SESSION_COOKIE_SECURE"] = True


@app.route("/")
def index():
    return "ok"
