from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)


@app.route("/import/invoice", methods=["POST"])
def import_invoice():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)  # cg-flaw
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
