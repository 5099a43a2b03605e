import re

TAG_RE = re.compile(r"^([a-z0-9]+-?)*$")
LINES = [
    "2026-01-02 INFO order=991 tag=checkout-ok",
    "2026-01-02 WARN order=992 tag=checkout-retry",
]


def valid_tag(tag: str) -> bool:
    return TAG_RE.match(tag) is not None  # cg-expect: CWE-1333


def grep_lines(tag: str) -> list[str]:
    needle = f"tag={tag}"
    return [line for line in LINES if needle in line]
