import os
import subprocess
import tempfile

def _quote(value: str) -> str:
    return '"' + value.replace('"', '\\"') + '"'

def render_pdf(html_path: str, title: str) -> str:
    out = tempfile.mktemp(suffix=".pdf", dir="/srv/pdf")
    subprocess.run(["wkhtmltopdf", "--title", title, html_path, out], check=True, timeout=60)
    return out
