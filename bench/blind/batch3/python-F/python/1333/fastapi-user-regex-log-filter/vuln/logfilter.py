import re

LOG_PATH = "/var/log/app/audit.log"


def filter_lines(pattern: str) -> list[str]:
    rx = re.compile(pattern)
    out = []
    with open(LOG_PATH, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if rx.search(line):  # cg-expect: CWE-1333
                out.append(line.rstrip())
                if len(out) >= 200:
                    break
    return out
