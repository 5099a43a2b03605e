from flask import Flask, request, Response, abort

import formatters

app = Flask(__name__)
ROWS = [{"id": 1, "name": "widget"}, {"id": 2, "name": "gadget"}]


@app.get("/export")
def export():
    fmt = request.args.get("fmt", "as_json")
    func = formatters.FORMATTERS.get(fmt)
    if func is None:
        abort(400)
    return Response(func(ROWS), mimetype="text/plain")
