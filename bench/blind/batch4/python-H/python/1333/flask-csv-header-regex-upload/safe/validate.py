import re

ROW_RE = re.compile(r"^\w+(?:\s*,\s*\w+){0,50}$")


def bad_rows(text: str) -> list[int]:
    bad = []
    for i, line in enumerate(text.splitlines(), 1):
        if len(line) > 4000 or not ROW_RE.match(line):
            bad.append(i)
    return bad
