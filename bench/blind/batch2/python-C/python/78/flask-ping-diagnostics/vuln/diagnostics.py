import ipaddress
import re
import subprocess

HOSTNAME_RE = re.compile(r"^[A-Za-z0-9.-]{1,253}$")


def _valid_target(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return bool(HOSTNAME_RE.match(host)) and not host.startswith("-")


def ping_host(host: str, count: int = 3) -> dict:
    cmd = f"ping -c {count} -W 2 {host}"
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=30)  # cg-expect: CWE-78
    return {
        "ok": proc.returncode == 0,
        "output": proc.stdout[-4000:],
    }
