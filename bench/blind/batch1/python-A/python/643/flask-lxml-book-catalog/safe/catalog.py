import threading

from lxml import etree


class Catalog:
    """Library catalogue kept as a single XML document exported nightly from the ILS."""

    def __init__(self, path: str):
        self.path = path
        self._lock = threading.Lock()
        self.reload()

    def reload(self) -> None:
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        with self._lock:
            self.tree = etree.parse(self.path, parser)

    def search_title(self, title: str) -> list[dict]:
        # embargoed (unpublished) records must never be returned to patrons
        expr = "//book[contains(title, $title) and @status='published']"
        with self._lock:
            nodes = self.tree.xpath(expr, title=title)
        return [
            {"isbn": n.get("isbn"), "title": n.findtext("title"), "author": n.findtext("author")}
            for n in nodes
        ]
