import os

from flask import Flask, jsonify, request
from mongoengine import connect

from models import Member

app = Flask(__name__)
connect(host=os.environ["MONGO_URI"])


FILTERABLE = ("city", "team", "display_name")


def directory_filters(args) -> dict:
    """Only known public fields become exact-match filters, e.g. ?city=Oslo&team=infra."""
    return {k: str(args[k]) for k in FILTERABLE if k in args}


@app.get("/directory")
def directory():
    page = request.args.get("page", 1, type=int)
    per_page = min(request.args.get("per_page", 25, type=int), 100)
    filters = directory_filters(request.args)
    qs = Member.objects(public=True, **filters)
    members = qs.skip((page - 1) * per_page).limit(per_page)
    return jsonify({"count": qs.count(), "members": [m.public_card() for m in members]})
