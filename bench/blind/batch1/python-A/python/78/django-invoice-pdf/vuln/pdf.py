import os

from django.conf import settings

WKHTMLTOPDF = getattr(settings, "WKHTMLTOPDF_BIN", "/usr/local/bin/wkhtmltopdf")


def html_to_pdf(src: str, paper: str = "A4", orientation: str = "Portrait") -> str:
    out = os.path.splitext(src)[0] + ".pdf"
    options = f"--quiet --page-size {paper} --orientation {orientation}"
    with os.popen(f"{WKHTMLTOPDF} {options} {src} {out}") as pipe:  # cg-expect: CWE-78
        pipe.read()
    if not os.path.exists(out):
        raise RuntimeError("wkhtmltopdf produced no output")
    return out
