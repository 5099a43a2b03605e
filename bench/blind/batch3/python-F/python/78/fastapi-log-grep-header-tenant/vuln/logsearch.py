import re
import shlex
import subprocess

COMMANDS = {
    "grep": "grep -F -m 200 -- {pattern} /var/log/app/{tenant}.log",
}
_TENANT_RE = re.compile(r"^[a-z0-9-]{1,40}$")


def search_logs(tenant: str, pattern: str) -> list[str]:
    if "'" in pattern or '"' in pattern:
        raise ValueError("quotes not allowed")
    cmd = COMMANDS["grep"].format(pattern=pattern, tenant=tenant)
    try:
        out = subprocess.check_output(cmd, shell=True, text=True, timeout=10)  # cg-expect: CWE-78
    except subprocess.CalledProcessError:
        return []
    return out.splitlines()
