import os
import subprocess


def to_pdf(src: str, outdir: str) -> str:
    os.popen(f'soffice --headless --convert-to pdf --outdir {outdir} "{src}"').read()  # cg-expect: CWE-78
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(outdir, base + ".pdf")
