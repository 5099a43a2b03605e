import shlex
import subprocess

KNOWN_PRINTERS = {"office-1", "office-2", "plotter", "reception"}


class PrintService:
    lp = "/usr/bin/lp"

    def submit(self, path: str, printer: str, copies: int) -> str:
        if printer not in KNOWN_PRINTERS:
            raise ValueError("unknown printer")
        cmd = [self.lp, "-d", printer, "-n", str(copies), "--", path]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
        out, _ = proc.communicate(timeout=30)
        if proc.returncode != 0:
            raise ValueError("print failed")
        return out.strip()
