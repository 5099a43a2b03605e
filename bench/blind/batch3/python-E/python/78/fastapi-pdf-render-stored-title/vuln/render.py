import os
import subprocess
import tempfile

def _quote(value: str) -> str:
    return '"' + value.replace('"', '\\"') + '"'

def render_pdf(html_path: str, title: str) -> str:
    out = tempfile.mktemp(suffix=".pdf", dir="/srv/pdf")
    os.popen("wkhtmltopdf --title " + _quote(title) + " " + html_path + " " + out).read()  # cg-expect: CWE-78
    return out
