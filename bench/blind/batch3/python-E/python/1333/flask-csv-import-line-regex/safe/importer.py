import re

ROW_RE = re.compile(r'^(?:"(?:[^"]|"")*"|[^,"]*)(?:,(?:"(?:[^"]|"")*"|[^,"]*))*$')

def validate_rows(lines) -> list:
    bad = []
    for i, line in enumerate(lines, 1):
        if len(line) > 4096 or not ROW_RE.match(line):
            bad.append(i)
    return bad
