import requests
from bs4 import BeautifulSoup

HEADERS = {"User-Agent": "ChatPreviewBot/1.2 (+https://chat.example.com/bot)"}


def _meta(soup: BeautifulSoup, prop: str) -> str | None:
    tag = soup.find("meta", attrs={"property": prop}) or soup.find("meta", attrs={"name": prop})
    return tag.get("content") if tag else None


def fetch_preview(url: str) -> dict:
    resp = requests.get(url, headers=HEADERS, timeout=5, allow_redirects=True)  # cg-expect: CWE-918
    resp.raise_for_status()
    soup = BeautifulSoup(resp.text[:500_000], "html.parser")
    return {
        "url": resp.url,
        "title": _meta(soup, "og:title") or (soup.title.string if soup.title else None),
        "description": _meta(soup, "og:description"),
        "image": _meta(soup, "og:image"),
        "snippet": soup.get_text(" ", strip=True)[:280],
    }
