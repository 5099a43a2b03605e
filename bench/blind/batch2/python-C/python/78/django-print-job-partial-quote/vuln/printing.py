import shlex
import subprocess

KNOWN_PRINTERS = {"office-1", "office-2", "plotter", "reception"}


class PrintService:
    lp = "/usr/bin/lp"

    def submit(self, path: str, printer: str, copies: int) -> str:
        cmd = f"{self.lp} -d {printer} -n {copies} {shlex.quote(path)}"
        proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, text=True)  # cg-expect: CWE-78
        out, _ = proc.communicate(timeout=30)
        if proc.returncode != 0:
            raise ValueError("print failed")
        return out.strip()
