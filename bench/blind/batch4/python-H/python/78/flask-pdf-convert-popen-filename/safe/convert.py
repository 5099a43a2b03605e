import os
import subprocess


def to_pdf(src: str, outdir: str) -> str:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, src], check=True, timeout=120)
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(outdir, base + ".pdf")
