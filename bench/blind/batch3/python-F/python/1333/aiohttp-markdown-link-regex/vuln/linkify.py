import re

_LINK = re.compile(r"https?://(?:[\w-]+\.?)+(?:/[^\s]*)?(?=\s|$)")
MAX_LEN = 4000


def extract_links(text: str) -> list[str]:
    return _LINK.findall(text)  # cg-expect: CWE-1333
