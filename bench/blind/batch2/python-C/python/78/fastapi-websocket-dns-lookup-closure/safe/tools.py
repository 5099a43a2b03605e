import re
import subprocess

RECORD_TYPES = {"A", "AAAA", "MX", "TXT", "NS"}
NAME_RE = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.?$")


def make_lookup(name: str, record: str = "A"):
    record = record if record in RECORD_TYPES else "A"

    def run() -> str:
        if not NAME_RE.match(name):
            return "invalid name"
        return subprocess.check_output(["nslookup", f"-type={record}", name], text=True, timeout=10)

    return run
