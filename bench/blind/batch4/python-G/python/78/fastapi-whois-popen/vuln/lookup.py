import os
import re
import subprocess

DOMAIN_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$")


def whois(domain: str) -> str:
    if not domain or " " in domain:
        raise ValueError(domain)
    with os.popen("whois " + domain) as p:  # cg-expect: CWE-78
        return p.read()[:20000]
