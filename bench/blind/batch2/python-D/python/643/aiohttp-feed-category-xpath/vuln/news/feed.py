import time

import aiohttp
from lxml import etree

FEED_URL = "https://news.example.org/rss.xml"


class FeedCache:
    def __init__(self, ttl: int = 300):
        self.ttl = ttl
        self._doc = None
        self._fetched = 0.0

    async def _document(self):
        if self._doc is None or time.monotonic() - self._fetched > self.ttl:
            async with aiohttp.ClientSession() as session:
                async with session.get(FEED_URL) as resp:
                    body = await resp.read()
            self._doc = etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True))
            self._fetched = time.monotonic()
        return self._doc

    async def items_in(self, category: str) -> list[dict]:
        doc = await self._document()
        nodes = doc.xpath("//item[category=\"" + category + "\"]")  # cg-expect: CWE-643
        return [{"title": n.findtext("title"), "link": n.findtext("link")} for n in nodes[:50]]
