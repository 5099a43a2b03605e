import re
from urllib.parse import urlsplit

URL_RE = re.compile(r"^(https?://)?([\w-]+\.)+[\w-]+(/[\w\-./?%&=]*)*$")


def valid_website(url: str) -> bool:
    return bool(URL_RE.match(url))  # cg-expect: CWE-1333
