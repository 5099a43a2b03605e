from flask import Flask, jsonify, request

from sitemap import parse_sitemap

app = Flask(__name__)


@app.post("/seo/sitemap")
def import_sitemap():
    urls = parse_sitemap(request.get_data())
    return jsonify(count=len(urls), urls=urls[:20])
