import subprocess

KNOWN_PRINTERS = {"front-desk", "warehouse", "accounts"}


def make_spooler(printer: str, copies: int = 1):
    copies = max(1, min(copies, 5))

    def spool(pdf_path: str) -> str:
        proc = subprocess.Popen(  # cg-expect: CWE-78
            f"lp -d {printer} -n {copies} {pdf_path}",
            shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        out, err = proc.communicate(timeout=30)
        if proc.returncode != 0:
            raise RuntimeError(err.strip())
        return out.strip()

    return spool
