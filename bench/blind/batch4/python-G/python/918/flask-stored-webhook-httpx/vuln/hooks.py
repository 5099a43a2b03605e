import ipaddress
import socket
import sqlite3
from urllib.parse import urlsplit

import httpx


def save_hook(account: str, url: str) -> None:
    with sqlite3.connect("hooks.db") as db:
        db.execute("REPLACE INTO hooks (account, url) VALUES (?, ?)", (account, url))


def _is_public(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        return False
    for info in socket.getaddrinfo(parts.hostname, parts.port or 443):
        if not ipaddress.ip_address(info[4][0]).is_global:
            return False
    return True


def fire_event(account: str, event: dict) -> int | None:
    with sqlite3.connect("hooks.db") as db:
        row = db.execute("SELECT url FROM hooks WHERE account = ?", (account,)).fetchone()
    if row is None:
        return None
    resp = httpx.post(row[0], json=event, timeout=5, follow_redirects=True)  # cg-expect: CWE-918
    return resp.status_code
