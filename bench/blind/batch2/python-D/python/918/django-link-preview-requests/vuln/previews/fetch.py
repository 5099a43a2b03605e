import ipaddress
import re
import socket
from urllib.parse import urlsplit

import requests

TITLE_RE = re.compile(r"<title[^>]*>([^<]{0,300})</title>", re.I)


class PreviewError(Exception):
    pass


def _check_public(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PreviewError("unsupported url")


def fetch_preview(url: str) -> dict:
    _check_public(url)
    resp = requests.get(url, timeout=5, allow_redirects=True, headers={"User-Agent": "PreviewBot/1.0"})  # cg-expect: CWE-918
    match = TITLE_RE.search(resp.text[:50000])
    return {"url": resp.url, "status": resp.status_code, "title": match.group(1).strip() if match else None}
