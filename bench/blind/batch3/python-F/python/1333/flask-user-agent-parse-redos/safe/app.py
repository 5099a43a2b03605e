from flask import Flask, jsonify, request

from ua import browser_family

app = Flask(__name__)


@app.before_request
def tag_browser():
    request.environ["app.browser"] = browser_family(request.headers.get("User-Agent", ""))


@app.get("/api/ping")
def ping():
    return jsonify(browser=request.environ["app.browser"])
