import re
import subprocess

COUNT_RE = re.compile(r"^[0-9]{1,2}$")


def ping_host(host: str, count: str) -> str:
    if not COUNT_RE.match(count):
        count = "3"
    cmd = f"ping -c {count} {host}"
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=20)  # cg-expect: CWE-78
    return proc.stdout[-4000:]
