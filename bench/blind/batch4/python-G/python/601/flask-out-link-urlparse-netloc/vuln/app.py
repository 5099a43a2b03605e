from flask import Flask, request, redirect
from tracking import record_click, safe_target

app = Flask(__name__)


@app.get("/out")
def outbound():
    target = safe_target(request.args.get("to", "/"))
    record_click(target, request.headers.get("User-Agent", ""))
    return redirect(target, code=302)  # cg-expect: CWE-601
