import re

ROW_RE = re.compile(r"^(\w+\s*,?\s*)*$")


def bad_rows(text: str) -> list[int]:
    bad = []
    for i, line in enumerate(text.splitlines(), 1):
        if not ROW_RE.match(line):  # cg-expect: CWE-1333
            bad.append(i)
    return bad
