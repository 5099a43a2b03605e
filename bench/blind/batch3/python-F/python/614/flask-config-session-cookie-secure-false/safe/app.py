from flask import Flask, jsonify, session

app = Flask(__name__)
app.config.from_object("config.ProductionConfig")


@app.post("/login/demo")
def demo_login():
    session["user_id"] = 1
    return jsonify(ok=True)
