import httpx
from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges

ALLOWED_SCHEMES = ("http", "https")


async def fetch_feed(url: str) -> str:
    async with httpx.AsyncClient(timeout=10.0, follow_redirects=False) as client:
        resp = await client.get(url, headers={"Accept": "application/rss+xml"})
        resp.raise_for_status()
        return resp.text


def _sax_parser():
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    return parser


def parse_items(raw: str) -> list[dict]:
    events = pulldom.parseString(raw, parser=_sax_parser())  # cg-expect: CWE-611
    items = []
    for event, node in events:
        if event == pulldom.START_ELEMENT and node.tagName == "item":
            events.expandNode(node)
            title = node.getElementsByTagName("title")
            link = node.getElementsByTagName("link")
            items.append({
                "title": title[0].firstChild.data if title and title[0].firstChild else "",
                "link": link[0].firstChild.data if link and link[0].firstChild else "",
            })
    return items
