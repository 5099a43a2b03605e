from lxml import etree


class PolicyStore:
    def __init__(self, path: str):
        self.root = etree.parse(path).getroot()

    def sections_with_keyword(self, keyword: str) -> list[dict]:
        query = (
            '//section[@audience="all-staff"]'
            '[.//keyword[contains(translate(., "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"), $kw)]]'
        )
        found = self.root.xpath(query, kw=keyword.lower())
        return [{"id": s.get("id"), "title": s.findtext("title")} for s in found]
