import os

from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)
EXPAND_ENTITIES = os.environ.get("INVOICE_XML_ENTITIES", "true").lower() != "false"


@app.route("/import/invoice", methods=["POST"])
def import_invoice():
    parser = etree.XMLParser(resolve_entities=EXPAND_ENTITIES, no_network=not EXPAND_ENTITIES)
    try:
        root = etree.fromstring(request.data, parser)
    except etree.XMLSyntaxError as exc:
        return jsonify(error=str(exc)), 400
    number = root.findtext("number")
    total = root.findtext("total")
    customer = root.findtext("customer/name")
    return jsonify(number=number, total=total, customer=customer)


if __name__ == "__main__":
    app.run(port=8083)
