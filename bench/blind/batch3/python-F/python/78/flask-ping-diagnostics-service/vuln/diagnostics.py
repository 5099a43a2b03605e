import ipaddress
import subprocess


class NetworkDiagnostics:
    def __init__(self, count: int = 3):
        self.count = count

    def ping(self, host: str) -> dict:
        cmd = f"ping -c {self.count} {host}"
        proc = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=20)  # cg-expect: CWE-78
        return {"ok": proc.returncode == 0, "output": proc.stdout[-2000:]}
