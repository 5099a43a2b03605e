from flask import Flask, jsonify, abort, g
from lxml import etree
from saved import load_saved_filter

app = Flask(__name__)
REPORT = etree.parse("/srv/reports/quarterly.xml")

@app.get("/saved/<int:sid>")
def run_saved(sid):
    saved = load_saved_filter(sid)
    if saved is None:
        abort(404)
    rows = REPORT.xpath("/report/row[@region='%s']" % saved["region"])  # cg-expect: CWE-643
    return jsonify([{"region": n.get("region"), "total": n.findtext("total")} for n in rows])
