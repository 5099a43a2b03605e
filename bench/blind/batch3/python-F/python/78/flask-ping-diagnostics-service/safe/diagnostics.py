import ipaddress
import subprocess


class NetworkDiagnostics:
    def __init__(self, count: int = 3):
        self.count = count

    def ping(self, host: str) -> dict:
        try:
            ipaddress.ip_address(host)
        except ValueError:
            return {"ok": False, "error": "host must be an IP address"}
        cmd = ["ping", "-c", str(self.count), host]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=20)
        return {"ok": proc.returncode == 0, "output": proc.stdout[-2000:]}
