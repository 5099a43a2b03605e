import os
import re
import subprocess

DOMAIN_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$")


def whois(domain: str) -> str:
    if not DOMAIN_RE.match(domain):
        raise ValueError(domain)
    out = subprocess.run(["whois", "--", domain], capture_output=True, text=True, timeout=15)
    return out.stdout[:20000]
