import ipaddress
import re
import socket
from urllib.parse import urlparse
import requests

def _allowed(url: str) -> bool:
    host = urlparse(url).hostname or ""
    return not (host.startswith("127.") or host.startswith("10.") or host == "localhost")

def fetch_preview(url: str) -> dict:
    if not _allowed(url):
        raise ValueError(url)
    resp = requests.get(url, timeout=4, allow_redirects=False)  # cg-expect: CWE-918
    m = re.search(r"<title>(.*?)</title>", resp.text[:20000], re.S | re.I)
    return {"title": m.group(1).strip() if m else None}
