import re
import subprocess

COUNT_RE = re.compile(r"^[0-9]{1,2}$")
HOST_RE = re.compile(r"^[A-Za-z0-9.\-]{1,253}$")


def ping_host(host: str, count: str) -> str:
    if not COUNT_RE.match(count):
        count = "3"
    if not HOST_RE.match(host) or host.startswith("-"):
        raise ValueError("bad host")
    proc = subprocess.run(["ping", "-c", count, host], capture_output=True, text=True, timeout=20)
    return proc.stdout[-4000:]
