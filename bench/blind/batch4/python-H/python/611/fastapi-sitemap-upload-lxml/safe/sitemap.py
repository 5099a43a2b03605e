from lxml import etree

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def parse_sitemap(raw: bytes) -> list[str]:
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
    root = etree.fromstring(raw, parser)
    return [loc.text.strip() for loc in root.iterfind(".//sm:url/sm:loc", NS) if loc.text]
