from flask import Flask, request, Response, abort

from proxy import fetch_image

app = Flask(__name__)


@app.get("/img")
def img():
    try:
        data, ctype = fetch_image(request.args.get("src", ""))
    except ValueError:
        abort(400)
    if not ctype.startswith("image/"):
        abort(415)
    return Response(data, mimetype=ctype)
