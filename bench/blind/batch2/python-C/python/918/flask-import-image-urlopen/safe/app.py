from flask import Flask, jsonify, request

from importer import import_remote_image

app = Flask(__name__)


@app.post("/products/<int:product_id>/photo-from-url")
def photo_from_url(product_id):
    url = request.form.get("image_url", "")
    try:
        stored = import_remote_image(product_id, url)
    except ValueError as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(photo=stored)
