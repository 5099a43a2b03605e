from flask import Blueprint, jsonify

from catalog import Catalog

bp = Blueprint("categories", __name__)
_catalog = Catalog("data/catalog.xml")


@bp.get("/catalog/categories")
def categories():
    names = sorted(set(_catalog.tree.xpath("//product[@public='true']/@category")))
    return jsonify(categories=names)
