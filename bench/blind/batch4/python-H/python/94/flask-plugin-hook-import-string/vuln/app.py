from flask import Flask, request, Response, abort

import formatters

app = Flask(__name__)
ROWS = [{"id": 1, "name": "widget"}, {"id": 2, "name": "gadget"}]


@app.get("/export")
def export():
    fmt = request.args.get("fmt", "as_json")
    if not fmt.startswith("as_"):
        abort(400)
    func = eval("formatters." + fmt)  # cg-expect: CWE-94
    return Response(func(ROWS), mimetype="text/plain")
