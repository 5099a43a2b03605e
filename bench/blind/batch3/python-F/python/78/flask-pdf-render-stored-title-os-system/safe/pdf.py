import os
import subprocess
import tempfile


def render_pdf(html_path: str, title: str) -> str:
    out = tempfile.mktemp(suffix=".pdf", dir="/tmp/pdf-cache")
    subprocess.run(["wkhtmltopdf", "--title", title, html_path, out], check=True, timeout=60)
    return out
