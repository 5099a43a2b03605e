import os
import subprocess
import tempfile


def render_pdf(html_path: str, title: str) -> str:
    out = tempfile.mktemp(suffix=".pdf", dir="/tmp/pdf-cache")
    rc = os.system(f'wkhtmltopdf --title "{title}" {html_path} {out}')  # cg-expect: CWE-78
    if rc != 0:
        raise RuntimeError("pdf rendering failed")
    return out
