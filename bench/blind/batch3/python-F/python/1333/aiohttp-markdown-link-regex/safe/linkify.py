import re

_LINK = re.compile(r"https?://[\w-]+(?:\.[\w-]+)*(?:/[^\s]*)?(?=\s|$)")
MAX_LEN = 4000


def extract_links(text: str) -> list[str]:
    text = text[:MAX_LEN]
    return _LINK.findall(text)
