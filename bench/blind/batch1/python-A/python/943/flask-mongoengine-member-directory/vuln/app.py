import os

from flask import Flask, jsonify, request
from mongoengine import connect

from models import Member

app = Flask(__name__)
connect(host=os.environ["MONGO_URI"])


def directory_filters(args) -> dict:
    """Every query-string argument except paging becomes a field filter, e.g. ?city=Oslo&team=infra."""
    return {k: v for k, v in args.items() if k not in ("page", "per_page")}


@app.get("/directory")
def directory():
    page = request.args.get("page", 1, type=int)
    per_page = min(request.args.get("per_page", 25, type=int), 100)
    filters = directory_filters(request.args)
    qs = Member.objects(public=True, **filters)  # cg-expect: CWE-943
    members = qs.skip((page - 1) * per_page).limit(per_page)
    return jsonify({"count": qs.count(), "members": [m.public_card() for m in members]})
