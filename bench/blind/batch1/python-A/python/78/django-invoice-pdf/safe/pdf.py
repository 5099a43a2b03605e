import os
import subprocess

from django.conf import settings

WKHTMLTOPDF = getattr(settings, "WKHTMLTOPDF_BIN", "/usr/local/bin/wkhtmltopdf")
PAPER_SIZES = {"A3", "A4", "A5", "Letter", "Legal"}


def html_to_pdf(src: str, paper: str = "A4", orientation: str = "Portrait") -> str:
    if paper not in PAPER_SIZES:
        paper = "A4"
    out = os.path.splitext(src)[0] + ".pdf"
    options = ["--quiet", "--page-size", paper, "--orientation", orientation]
    subprocess.run([WKHTMLTOPDF, *options, src, out], check=False, timeout=120)
    if not os.path.exists(out):
        raise RuntimeError("wkhtmltopdf produced no output")
    return out
