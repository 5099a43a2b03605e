import re

LINE_RE = re.compile(r"^(?P<src>\w+(?: \w+){0,5}): (?P<msg>.*)$")


def parse_lines(lines: list[str]) -> list[dict]:
    out = []
    for line in lines:
        m = LINE_RE.match(line[:2000])
        if m:
            out.append({"msg": m.group("msg")})
    return out
