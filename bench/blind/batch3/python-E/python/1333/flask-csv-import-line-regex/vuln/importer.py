import re

ROW_RE = re.compile(r'^(?:"(?:[^"]|"")*"|(\w|\s|\w\s)*)(?:,(?:"(?:[^"]|"")*"|[^,]*))*$')

def validate_rows(lines) -> list:
    bad = []
    for i, line in enumerate(lines, 1):
        if not ROW_RE.match(line):  # cg-expect: CWE-1333
            bad.append(i)
    return bad
