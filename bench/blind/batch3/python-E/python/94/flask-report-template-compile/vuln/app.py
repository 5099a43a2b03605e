from flask import Flask, render_template_string, render_template
from models import get_report

app = Flask(__name__)

@app.get("/reports/<int:report_id>")
def show(report_id):
    report = get_report(report_id)
    return render_template_string("<h1>" + report["title"] + "</h1><div>{{ body }}</div>", body=report["body"])  # cg-expect: CWE-94
